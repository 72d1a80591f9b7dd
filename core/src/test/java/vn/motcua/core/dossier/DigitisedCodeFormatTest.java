package vn.motcua.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DigitisedCodeFormatTest {
    private static final DigitisedDocumentCode CODE = new DigitisedDocumentCode("001089012345", "GKS.01");

    @Test
    void writesAndReadsTheDefaultFormat() {
        String text = DigitisedCodeFormat.DEFAULT.format(CODE);
        assertThat(text).isEqualTo("001089012345.GKS.01");
        assertThat(DigitisedCodeFormat.DEFAULT.parse(text)).contains(CODE);
    }

    @Test
    void writesAndReadsAConfiguredFormat() {
        var format = new DigitisedCodeFormat("KQ-{documentType}_{ownerId}");
        var org = new DigitisedDocumentCode("0101234567-001", "HD");
        assertThat(format.format(org)).isEqualTo("KQ-HD_0101234567-001");
        assertThat(format.parse(" KQ-HD_0101234567-001 ")).contains(org);
        assertThat(format.parse("KQ-HD-0101234567")).isEmpty();
        assertThat(format.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{ownerId}", "{ownerId}{documentType}", "{ownerId}.{documentType}.{ownerId}",
            "{ownerId}.{documentType}.{year}", "{ownerId} {documentType}", "{ownerId}.{documentType}}"})
    void refusesBrokenTemplates(String template) {
        assertThatThrownBy(() -> new DigitisedCodeFormat(template)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "001.089", "0010890123450010890123450010890", "ab c"})
    void refusesBadOwnerIds(String owner) {
        assertThatThrownBy(() -> new DigitisedDocumentCode(owner, "GKS")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masksTheOwnerIdWhenPrinted() {
        assertThat(CODE.toString()).doesNotContain("001089012345").contains("GKS.01");
    }
}
