package vn.motcua.devices.scan.escl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.motcua.core.scan.ScanBatchResult.Problem;
import vn.motcua.devices.scan.escl.EsclCapabilities.ColorMode;
import vn.motcua.devices.scan.escl.EsclCapabilities.Source;

class EsclCapabilitiesTest {

    @Test
    void officeMfpWithPlatenAndDuplexFeeder() throws EsclException {
        EsclCapabilities caps = parse(EsclSamples.MFP_CAPABILITIES);

        assertThat(caps.version()).isEqualTo("2.63");
        assertThat(caps.vendor()).isEqualTo("HP");
        assertThat(caps.model()).isEqualTo("LaserJet MFP M428fdw");
        assertThat(caps.sources()).containsOnlyKeys(Source.PLATEN, Source.ADF_SIMPLEX, Source.ADF_DUPLEX);
        var feeder = caps.sources().get(Source.ADF_DUPLEX);
        assertThat(feeder.maxWidth()).isEqualTo(2550);
        assertThat(feeder.maxHeight()).isEqualTo(4200);
        assertThat(caps.sources().get(Source.PLATEN).maxHeight()).isEqualTo(3508);
        assertThat(feeder.colorModes()).containsExactlyInAnyOrder(ColorMode.values());
        // 1200x600 has unequal X and Y and is left out
        assertThat(feeder.resolutions()).containsExactly(75, 100, 150, 200, 300, 600);
        assertThat(feeder.documentFormats()).contains("image/jpeg", "image/png", "application/pdf");
        assertThat(feeder.formatExt()).isFalse();
    }

    @Test
    void flatbedWithResolutionRangeAndFormatExt() throws EsclException {
        EsclCapabilities caps = parse(EsclSamples.FLATBED_CAPABILITIES);

        assertThat(caps.vendor()).isEqualTo("Canon");
        assertThat(caps.model()).isEqualTo("PIXMA TS5300 series");
        assertThat(caps.sources()).containsOnlyKeys(Source.PLATEN);
        var platen = caps.sources().get(Source.PLATEN);
        assertThat(platen.resolutions()).containsExactly(75, 100, 150, 200, 300, 400, 600);
        assertThat(platen.colorModes()).containsExactlyInAnyOrder(ColorMode.RGB_24, ColorMode.GRAYSCALE_8);
        assertThat(platen.documentFormats()).containsExactly("image/jpeg", "application/pdf");
        assertThat(platen.formatExt()).isTrue();
    }

    @Test
    void malformedXmlNamesTheSourceAndLine() {
        assertThatThrownBy(() -> EsclCapabilities.parse(
                "<scan:ScannerCapabilities xmlns:scan=\"x\">\n<scan:Platen>\n</scan:ScannerCapabilities>"
                        .getBytes(StandardCharsets.UTF_8), "http://10.0.0.9/eSCL/ScannerCapabilities"))
                .isInstanceOf(EsclException.class)
                .hasMessageContaining("ScannerCapabilities from http://10.0.0.9/eSCL/ScannerCapabilities")
                .hasMessageContaining("is not well-formed XML (line 3")
                .satisfies(e -> assertThat(((EsclException) e).problem()).isEqualTo(Problem.IO_ERROR));
    }

    @Test
    void externalEntitiesAreRefused() {
        String hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE scan:ScannerCapabilities [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <scan:ScannerCapabilities xmlns:scan="http://schemas.hp.com/imaging/escl/2011/05/03">
                  <pwg:MakeAndModel xmlns:pwg="http://www.pwg.org/schemas/2010/12/sm">&secret;</pwg:MakeAndModel>
                </scan:ScannerCapabilities>
                """;

        assertThatThrownBy(() -> parse(hostile)).isInstanceOf(EsclException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void wrongDocumentOrNoSourceIsAClearError() {
        assertThatThrownBy(() -> parse("<scan:ScannerStatus xmlns:scan=\"s\"/>"))
                .hasMessageContaining("has <scan:ScannerStatus> where <ScannerCapabilities> was expected");
        assertThatThrownBy(() -> parse("<scan:ScannerCapabilities xmlns:scan=\"s\"><pwg:Version xmlns:pwg=\"p\">2.6"
                + "</pwg:Version></scan:ScannerCapabilities>"))
                .hasMessageContaining("describes neither a platen nor a feeder");
        assertThatThrownBy(() -> parse(EsclSamples.MFP_CAPABILITIES.replace("<scan:MaxWidth>2550", "<scan:MaxWidth>A4")))
                .hasMessageContaining("<PlatenInputCaps> has <MaxWidth>A4</MaxWidth> where a whole number was expected");
    }

    @Test
    void statusNamesFeederProblems() throws EsclException {
        assertThat(status("Idle", "ScannerAdfLoaded").feederProblem()).isEmpty();
        assertThat(status("Idle", "ScannerAdfEmpty").feederProblem()).contains(Problem.NO_DOCUMENTS);
        assertThat(status("Stopped", "ScannerAdfJam").feederProblem()).contains(Problem.JAMMED);
        assertThat(status("Stopped", "ScannerAdfDoorOpen").blockingProblem()).contains(Problem.COVER_OPEN);
        assertThat(status("Idle", "ScannerAdfEmpty").blockingProblem()).isEmpty();
        assertThat(status("Processing", "").state()).isEqualTo(EsclStatus.State.PROCESSING);
        assertThat(status("Warming", "").state()).isEqualTo(EsclStatus.State.UNKNOWN);
    }

    private static EsclStatus status(String state, String adf) throws EsclException {
        String xml = "<scan:ScannerStatus xmlns:scan=\"http://schemas.hp.com/imaging/escl/2011/05/03\""
                + " xmlns:pwg=\"http://www.pwg.org/schemas/2010/12/sm\"><pwg:State>" + state + "</pwg:State>"
                + (adf.isEmpty() ? "" : "<scan:AdfState>" + adf + "</scan:AdfState>") + "</scan:ScannerStatus>";
        return EsclStatus.parse(xml.getBytes(StandardCharsets.UTF_8), "test");
    }

    private static EsclCapabilities parse(String xml) throws EsclException {
        return EsclCapabilities.parse(xml.getBytes(StandardCharsets.UTF_8), "test");
    }
}
