package vn.motcua.devices.scan.escl;

import java.util.List;
import java.util.Optional;
import vn.motcua.core.scan.ScanSettings;
import vn.motcua.devices.scan.ScanSettingsRejectedException;
import vn.motcua.devices.scan.escl.EsclCapabilities.ColorMode;
import vn.motcua.devices.scan.escl.EsclCapabilities.Source;
import vn.motcua.devices.scan.escl.EsclCapabilities.SourceCapabilities;

/**
 * A scan job as the scanner will be asked for it: the profile's settings fitted to the capabilities (nearest
 * offered resolution, a colour mode the device has, the paper clipped to the glass or feeder), sent as a
 * {@code scan:ScanSettings} document. Width and height are in 1/300 inch.
 */
record EsclScanRequest(String version, Source source, ColorMode colorMode, int dpi, int width, int height,
        String documentFormat, boolean formatExt) {

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";

    /** @throws ScanSettingsRejectedException when the scanner lacks the source or offers neither JPEG nor PNG */
    static EsclScanRequest fit(EsclCapabilities capabilities, ScanSettings wanted) {
        Source source = sourceFor(wanted.source());
        SourceCapabilities caps = capabilities.sources().get(source);
        if (caps == null) {
            throw new ScanSettingsRejectedException("The scanner has no " + source + " input, only "
                    + capabilities.sources().keySet());
        }
        int[] paper = paperSize(wanted.paper());
        return new EsclScanRequest(version(capabilities.version()), source, colorMode(caps, wanted.colorMode()),
                nearestResolution(caps, wanted.dpi()), Math.min(paper[0], caps.maxWidth()),
                Math.min(paper[1], caps.maxHeight()), format(caps, wanted.colorMode()), caps.formatExt());
    }

    String toXml() {
        StringBuilder xml = new StringBuilder(1024)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<scan:ScanSettings xmlns:scan=\"").append(EsclXml.SCAN_NS)
                .append("\" xmlns:pwg=\"").append(EsclXml.PWG_NS).append("\">\n");
        element(xml, "pwg:Version", version);
        xml.append("  <pwg:ScanRegions>\n    <pwg:ScanRegion>\n");
        element(xml, "pwg:ContentRegionUnits", "escl:ThreeHundredthsOfInches");
        element(xml, "pwg:XOffset", "0");
        element(xml, "pwg:YOffset", "0");
        element(xml, "pwg:Width", Integer.toString(width));
        element(xml, "pwg:Height", Integer.toString(height));
        xml.append("    </pwg:ScanRegion>\n  </pwg:ScanRegions>\n");
        element(xml, "pwg:InputSource", source == Source.PLATEN ? "Platen" : "Feeder");
        if (source != Source.PLATEN) {
            element(xml, "scan:Duplex", Boolean.toString(source == Source.ADF_DUPLEX));
        }
        element(xml, "scan:ColorMode", colorMode.wireName());
        element(xml, "pwg:DocumentFormat", documentFormat);
        if (formatExt) {
            element(xml, "scan:DocumentFormatExt", documentFormat);
        }
        element(xml, "scan:XResolution", Integer.toString(dpi));
        element(xml, "scan:YResolution", Integer.toString(dpi));
        return xml.append("</scan:ScanSettings>\n").toString();
    }

    private static void element(StringBuilder xml, String name, String value) {
        xml.append("  <").append(name).append('>').append(value).append("</").append(name).append(">\n");
    }

    private static Source sourceFor(ScanSettings.Source source) {
        return switch (source) {
            case FLATBED -> Source.PLATEN;
            case FEEDER -> Source.ADF_SIMPLEX;
            case FEEDER_DUPLEX -> Source.ADF_DUPLEX;
        };
    }

    /** The version goes back into the request; only a plain number is trusted to be copied into XML. */
    private static String version(String offered) {
        return offered.matches("\\d{1,2}\\.\\d{1,2}") ? offered : "2.0";
    }

    private static int[] paperSize(ScanSettings.PaperSize paper) {
        return switch (paper) {
            case A4 -> new int[] {2480, 3508};
            case A5 -> new int[] {1748, 2480};
            case LETTER -> new int[] {2550, 3300};
        };
    }

    /** A mode the page can be made from: black-and-white pages are thresholded locally from grey if need be. */
    private static ColorMode colorMode(SourceCapabilities caps, ScanSettings.ColorMode wanted) {
        List<ColorMode> preference = switch (wanted) {
            case BLACK_WHITE -> List.of(ColorMode.BLACK_AND_WHITE_1, ColorMode.GRAYSCALE_8, ColorMode.RGB_24);
            case GRAY -> List.of(ColorMode.GRAYSCALE_8, ColorMode.RGB_24, ColorMode.BLACK_AND_WHITE_1);
            case COLOR -> List.of(ColorMode.RGB_24, ColorMode.GRAYSCALE_8, ColorMode.BLACK_AND_WHITE_1);
        };
        return preference.stream().filter(caps.colorModes()::contains).findFirst().orElseThrow();
    }

    private static int nearestResolution(SourceCapabilities caps, int wanted) {
        int best = caps.resolutions().first();
        for (int offered : caps.resolutions()) {
            if (Math.abs(offered - wanted) <= Math.abs(best - wanted)) {
                best = offered;
            }
        }
        return best;
    }

    /** PNG keeps black-and-white edges sharp; JPEG keeps grey and colour pages small. PDF is never asked for. */
    private static String format(SourceCapabilities caps, ScanSettings.ColorMode mode) {
        List<String> preference = mode == ScanSettings.ColorMode.BLACK_WHITE ? List.of(PNG, JPEG) : List.of(JPEG, PNG);
        Optional<String> format = preference.stream().filter(caps.documentFormats()::contains).findFirst();
        if (format.isEmpty()) {
            throw new ScanSettingsRejectedException("The scanner offers neither JPEG nor PNG, only "
                    + caps.documentFormats());
        }
        return format.get();
    }
}
