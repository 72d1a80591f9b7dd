package vn.motcua.app.scan;

import java.util.List;
import java.util.Objects;
import vn.motcua.core.scan.ScanSettings;
import vn.motcua.core.scan.ScanSettings.ColorMode;
import vn.motcua.core.scan.ScanSettings.PaperSize;
import vn.motcua.core.scan.ScanSettings.Source;

/**
 * What the clerk picks before scanning: how the scanner reads ({@code settings}) and how the pages are kept
 * ({@code output}: black-and-white CCITT G4 for text, grey or colour JPEG for photos and stamps).
 */
public record ScanProfile(String messageKey, ScanSettings settings, ColorMode output) {
    public ScanProfile {
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(output, "output");
    }

    /** The usual counter profiles: text documents from the feeder, a grey flatbed page, a colour card. */
    public static List<ScanProfile> standard() {
        return List.of(
                new ScanProfile("scan.profile.feederText",
                        new ScanSettings(Source.FEEDER, 300, ColorMode.GRAY, PaperSize.A4), ColorMode.BLACK_WHITE),
                new ScanProfile("scan.profile.flatbedGrey",
                        new ScanSettings(Source.FLATBED, 300, ColorMode.GRAY, PaperSize.A4), ColorMode.GRAY),
                new ScanProfile("scan.profile.flatbedColour",
                        new ScanSettings(Source.FLATBED, 200, ColorMode.COLOR, PaperSize.A4), ColorMode.COLOR));
    }
}
