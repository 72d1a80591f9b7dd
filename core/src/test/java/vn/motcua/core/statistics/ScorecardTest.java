package vn.motcua.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ScorecardTest {
    static final String DEFINITION = """
            version=test-1
            total=30
            indicators=progress, satisfaction, digitised, payment
            indicator.progress.group=PROGRESS
            indicator.progress.points=10
            indicator.progress.measure=ON_TIME_SHARE
            indicator.progress.name.vi=Tiến độ
            indicator.progress.name.en=Progress
            indicator.satisfaction.group=SATISFACTION
            indicator.satisfaction.points=6
            indicator.satisfaction.measure=INTAKE_SATISFACTION_R
            indicator.satisfaction.fullAt=0.9
            indicator.digitised.group=DIGITISATION
            indicator.digitised.points=4
            indicator.digitised.measure=DIGITISED_SHARE
            indicator.digitised.fullAt=0.8
            indicator.payment.group=PAYMENT
            indicator.payment.points=10
            indicator.payment.measure=NOT_COMPUTABLE
            indicator.payment.reason.vi=Không có dữ liệu thanh toán
            """;

    static ScorecardDefinition definition(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return ScorecardDefinition.parse(properties);
    }

    static OfficeFigures figures(DossierFigures dossiers, SatisfactionFigures ratings) {
        return new OfficeFigures(Map.of(), Map.of(GroupKey.TOTAL, ratings), Map.of(GroupKey.TOTAL, dossiers),
                Map.of());
    }

    @Test
    void scoresWhatTheDeskCanMeasureAndNamesWhatItCannot() {
        // 20 ended: 18 on time, 2 late (10 %); 20 ratings, 1 unsatisfied (5 %); 10 components, 4 digitised
        DossierFigures dossiers = new DossierFigures(10, 10, 0, 0, 0, 20, 18, 2, 0, 0, 10, 4, 0, 0);
        SatisfactionFigures ratings = new SatisfactionFigures(Map.of(RatingRecord.Level.SATISFIED, 19L,
                RatingRecord.Level.UNSATISFIED, 1L), Map.of(), Map.of());
        Scorecard card = Scorecard.of(definition(DEFINITION), figures(dossiers, ratings));

        assertThat(card.lines()).extracting(Scorecard.Line::status).containsExactly(Scorecard.Status.SCORED,
                Scorecard.Status.SCORED, Scorecard.Status.SCORED, Scorecard.Status.NOT_COMPUTABLE);
        assertThat(card.lines().get(0).points().getAsDouble()).isCloseTo(9.0, within(1e-9)); // 10 × 0.9
        // R = 1 − (0.10 + 0.05) = 0.85; min(6, 6 × 0.85 / 0.9) = 5.667
        assertThat(card.lines().get(1).value().getAsDouble()).isCloseTo(0.85, within(1e-9));
        assertThat(card.lines().get(1).points().getAsDouble()).isCloseTo(6 * 0.85 / 0.9, within(1e-9));
        // 40 % digitised, full marks at 80 %: half of 4
        assertThat(card.lines().get(2).points().getAsDouble()).isCloseTo(2.0, within(1e-9));
        assertThat(card.lines().get(3).points()).isEmpty();
        assertThat(card.earned()).isCloseTo(9 + 6 * 0.85 / 0.9 + 2, within(1e-9));
        assertThat(card.scoredOutOf()).isEqualTo(20.0);
        assertThat(card.notComputable()).isEqualTo(10.0);
        assertThat(card.lines().get(0).indicator().name(Locale.ENGLISH)).isEqualTo("Progress");
        assertThat(card.lines().get(3).indicator().reason(Locale.ENGLISH)).isEqualTo("Không có dữ liệu thanh toán");
    }

    @Test
    void aPeriodWithoutDossiersOrRatingsHasNoDataRatherThanZero() {
        Scorecard card = Scorecard.of(definition(DEFINITION), OfficeFigures.NONE);
        assertThat(card.lines()).extracting(Scorecard.Line::status).containsExactly(Scorecard.Status.NO_DATA,
                Scorecard.Status.NO_DATA, Scorecard.Status.NO_DATA, Scorecard.Status.NOT_COMPUTABLE);
        assertThat(card.scoredOutOf()).isZero();
    }

    @Test
    void fullMarksAreCappedAtTheIndicatorsPoints() {
        DossierFigures dossiers = new DossierFigures(10, 10, 0, 0, 0, 1, 1, 0, 0, 0, 10, 10, 0, 0);
        Scorecard card = Scorecard.of(definition(DEFINITION), figures(dossiers, SatisfactionFigures.NONE));
        assertThat(card.lines().get(2).points().getAsDouble()).isEqualTo(4.0);
    }

    @Test
    void aDefinitionWhosePointsDoNotAddUpOrThatLacksAKeyIsRefused() {
        assertThatThrownBy(() -> definition(DEFINITION.replace("total=30", "total=100")))
                .hasMessageContaining("add up to 30.0 points, not 100.0");
        assertThatThrownBy(() -> definition(DEFINITION.replace("indicator.progress.group=PROGRESS\n", "")))
                .hasMessageContaining("indicator.progress.group");
        assertThatThrownBy(() -> definition(DEFINITION.replace("=ON_TIME_SHARE", "=GUESS")))
                .hasMessageContaining("Unknown measure");
    }
}
