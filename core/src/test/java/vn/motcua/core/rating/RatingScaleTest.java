package vn.motcua.core.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RatingScaleTest {

    @Test
    void theDefaultIsTheThreeLevelsMostProvincesUse() {
        RatingScale scale = RatingRules.defaults().scale();

        assertThat(scale.levels()).containsExactly(RatingLevel.VERY_SATISFIED, RatingLevel.SATISFIED,
                RatingLevel.UNSATISFIED);
        assertThat(scale.level(3)).contains(RatingLevel.UNSATISFIED);
        assertThat(scale.level(4)).isEmpty();
    }

    @Test
    void aFourKeyPadAddsNeutralBeforeUnsatisfied() {
        RatingScale scale = RatingScale.forKeys(4);

        assertThat(scale.levels()).containsExactly(RatingLevel.VERY_SATISFIED, RatingLevel.SATISFIED,
                RatingLevel.NEUTRAL, RatingLevel.UNSATISFIED);
        assertThat(scale.keyOf(RatingLevel.UNSATISFIED)).isEqualTo(4);
    }

    @Test
    void anyMappingCanBeConfiguredAndReadBack() {
        RatingScale scale = RatingScale.parse(" 1 = unsatisfied ; 2=SATISFIED, 5=very_satisfied");

        assertThat(scale.level(1)).contains(RatingLevel.UNSATISFIED);
        assertThat(scale.level(5)).contains(RatingLevel.VERY_SATISFIED);
        assertThat(RatingScale.parse(scale.text())).isEqualTo(scale);
    }

    @Test
    void badMappingsAreRefusedSayingWhy() {
        assertThatThrownBy(() -> RatingScale.parse("1=HAPPY")).hasMessageContaining("HAPPY");
        assertThatThrownBy(() -> RatingScale.parse("1=SATISFIED,1=NEUTRAL")).hasMessageContaining("twice");
        assertThatThrownBy(() -> RatingScale.parse("1=SATISFIED,2=SATISFIED")).hasMessageContaining("one key");
        assertThatThrownBy(() -> RatingScale.parse("0=SATISFIED")).hasMessageContaining("1..9");
        assertThatThrownBy(() -> RatingScale.parse("x=SATISFIED")).hasMessageContaining("'x'");
        assertThatThrownBy(() -> RatingScale.forKeys(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rulesRefuseDuplicateOrBlankReasonsAndUnreasonableWindows() {
        RatingRules rules = RatingRules.defaults();

        assertThat(rules.window()).hasSeconds(30);
        assertThat(rules.asksReason()).isTrue();
        assertThat(rules.withReasons(List.of()).asksReason()).isFalse();
        assertThatThrownBy(() -> rules.withReasons(List.of("Chờ lâu", " Chờ lâu ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rules.withReasons(List.of(" "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rules.withWindow(java.time.Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
