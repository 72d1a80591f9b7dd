package vn.motcua.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class ParsedTest {

    @Test
    void okCarriesTheValue() {
        Parsed<Integer, String> ok = Parsed.ok(42);

        assertThat(ok.isOk()).isTrue();
        assertThat(ok.toOptional()).contains(42);
        assertThat(ok.errorOptional()).isEmpty();
        assertThat(ok).isEqualTo(new Parsed.Ok<>(42));
    }

    @Test
    void errCarriesTheError() {
        Parsed<Integer, String> err = Parsed.err("bad");

        assertThat(err.isOk()).isFalse();
        assertThat(err.toOptional()).isEmpty();
        assertThat(err.errorOptional()).contains("bad");
        assertThat(err).isEqualTo(new Parsed.Err<>("bad"));
    }

    @Test
    void mapAndFlatMapApplyOnlyToOk() {
        Parsed<Integer, String> ok = Parsed.ok(2);
        Parsed<Integer, String> err = Parsed.err("bad");

        assertThat(ok.map(n -> n * 10)).isEqualTo(Parsed.ok(20));
        assertThat(err.map(n -> n * 10)).isEqualTo(Parsed.err("bad"));
        assertThat(ok.flatMap(n -> Parsed.<Integer, String>err("odd " + n))).isEqualTo(Parsed.err("odd 2"));
        assertThat(err.flatMap(n -> Parsed.<Integer, String>ok(n))).isEqualTo(Parsed.err("bad"));
    }

    @Test
    void mapErrorAppliesOnlyToErr() {
        Parsed<Integer, String> ok = Parsed.ok(2);
        Parsed<Integer, String> err = Parsed.err("bad");

        assertThat(ok.mapError(String::length)).isEqualTo(Parsed.ok(2));
        assertThat(err.mapError(String::length)).isEqualTo(Parsed.err(3));
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> Parsed.ok(null));
        assertThatNullPointerException().isThrownBy(() -> Parsed.err(null));
    }
}
