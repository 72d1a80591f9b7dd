package vn.motcua.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DossierCodeTest {
    private static final AgencyCode AGENCY = new AgencyCode("000.00.12.H62");

    @Test
    void formatsAsInTheNationalExample() {
        var code = new DossierCode(AGENCY, LocalDate.of(2020, 11, 5), 4);
        assertThat(code.value()).isEqualTo("000.00.12.H62-201105-0004");
        assertThat(code).hasToString("000.00.12.H62-201105-0004");
    }

    @Test
    void widensPastFourDigitsInsteadOfFailing() {
        assertThat(new DossierCode(AGENCY, LocalDate.of(2026, 11, 23), 12345).value())
                .isEqualTo("000.00.12.H62-261123-12345");
    }

    @Test
    void parsesBackWhatItWrites() {
        var code = new DossierCode(new AgencyCode("H15.50.05.13"), LocalDate.of(2026, 1, 2), 17);
        assertThat(DossierCode.parse(code.value())).contains(code);
        assertThat(DossierCode.parse("  000.00.12.H62-201105-0004 ")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "000.00.12.H62", "000.00.12.H62-201105-04", "000.00.12.H62-201305-0004",
            "000.00.12.H62-201132-0004", "000.00.12.H62-201105-0000", "x y-201105-0001", "-201105-0001"})
    void rejectsWhatIsNotADossierCode(String text) {
        assertThat(DossierCode.parse(text)).isEmpty();
    }

    @Test
    void sequenceStartsAtOne() {
        assertThatThrownBy(() -> new DossierCode(AGENCY, LocalDate.of(2026, 1, 2), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "0000000000000000000000000000000", "000 00", "mã.đơn.vị"})
    void agencyCodeMustBeShortPrintableAscii(String raw) {
        assertThatThrownBy(() -> new AgencyCode(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issuerUsesTheOfficeDateAndTheSequence() {
        // 23:30 UTC on 22/11 is already 23/11 in Hà Nội.
        var clock = Clock.fixed(Instant.parse("2026-11-22T23:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
        List<LocalDate> asked = new ArrayList<>();
        DossierSequence sequence = (agency, day) -> {
            asked.add(day);
            return asked.size();
        };
        var issuer = new DossierCodeIssuer(AGENCY, sequence, clock);
        assertThat(issuer.next().value()).isEqualTo("000.00.12.H62-261123-0001");
        assertThat(issuer.next().value()).isEqualTo("000.00.12.H62-261123-0002");
        assertThat(asked).containsOnly(LocalDate.of(2026, 11, 23));
    }

    @Test
    void sequenceBlocksKnowOverlap() {
        var a = new SequenceBlock(1, 4999);
        var b = new SequenceBlock(5000, 9999);
        assertThat(a.overlaps(b)).isFalse();
        assertThat(a.overlaps(new SequenceBlock(4999, 5000))).isTrue();
        assertThat(b.contains(5000)).isTrue();
        assertThat(b.contains(4999)).isFalse();
        assertThatThrownBy(() -> new SequenceBlock(10, 9)).isInstanceOf(IllegalArgumentException.class);
    }
}
