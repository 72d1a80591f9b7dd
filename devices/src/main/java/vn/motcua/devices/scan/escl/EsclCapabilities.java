package vn.motcua.devices.scan.escl;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.w3c.dom.Element;

/**
 * What an eSCL scanner says it can do ({@code GET /eSCL/ScannerCapabilities}): per input source the largest
 * area in 1/300 inch, colour modes, resolutions and document formats.
 */
public record EsclCapabilities(String version, String makeAndModel, String manufacturer,
        Map<Source, SourceCapabilities> sources) {

    /** The input sources as the capabilities name them. */
    public enum Source {
        PLATEN("PlatenInputCaps"), ADF_SIMPLEX("AdfSimplexInputCaps"), ADF_DUPLEX("AdfDuplexInputCaps");

        private final String element;

        Source(String element) {
            this.element = element;
        }
    }

    /** The eSCL colour modes the app uses; others (Grayscale16, RGB48) are ignored. */
    public enum ColorMode {
        BLACK_AND_WHITE_1("BlackAndWhite1"), GRAYSCALE_8("Grayscale8"), RGB_24("RGB24");

        private final String wireName;

        ColorMode(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        static Optional<ColorMode> ofWireName(String name) {
            return Arrays.stream(values()).filter(m -> m.wireName.equals(name)).findFirst();
        }
    }

    /**
     * One source's abilities; widths and heights in 1/300 inch, resolutions in dpi (equal X and Y only).
     * {@code formatExt} says the device also lists {@code scan:DocumentFormatExt}, which a job then repeats.
     */
    public record SourceCapabilities(int maxWidth, int maxHeight, Set<ColorMode> colorModes,
            SortedSet<Integer> resolutions, Set<String> documentFormats, boolean formatExt) {
        public SourceCapabilities {
            colorModes = Collections.unmodifiableSet(EnumSet.copyOf(colorModes));
            resolutions = Collections.unmodifiableSortedSet(new TreeSet<>(resolutions));
            documentFormats = Collections.unmodifiableSet(new LinkedHashSet<>(documentFormats));
        }
    }

    /** Resolutions offered when a device gives a range instead of a list. */
    private static final int[] COMMON_RESOLUTIONS = {75, 100, 150, 200, 240, 300, 400, 600, 1200};
    private static final String WHAT = "ScannerCapabilities";

    public EsclCapabilities {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(makeAndModel, "makeAndModel");
        Objects.requireNonNull(manufacturer, "manufacturer");
        sources = Collections.unmodifiableMap(new EnumMap<>(sources));
    }

    /** The maker, from {@code Manufacturer} or else the first word of {@code MakeAndModel}. */
    public String vendor() {
        if (!manufacturer.isEmpty()) {
            return manufacturer;
        }
        int space = makeAndModel.indexOf(' ');
        return space > 0 ? makeAndModel.substring(0, space) : "eSCL";
    }

    /** The model name without the maker in front. */
    public String model() {
        String vendor = vendor();
        if (makeAndModel.regionMatches(true, 0, vendor, 0, vendor.length())
                && makeAndModel.length() > vendor.length()) {
            return makeAndModel.substring(vendor.length()).strip();
        }
        return makeAndModel.isEmpty() ? "AirScan" : makeAndModel;
    }

    /**
     * Parses the capabilities document; {@code origin} names where it came from in error messages.
     *
     * @throws EsclException when the XML is malformed or describes no usable source
     */
    public static EsclCapabilities parse(byte[] xml, String origin) throws EsclException {
        String source = WHAT + " from " + origin;
        Element root = EsclXml.parse(xml, WHAT, source);
        Map<Source, SourceCapabilities> sources = new EnumMap<>(Source.class);
        for (Source kind : Source.values()) {
            for (Element caps : EsclXml.descendants(root, kind.element)) {
                sources.putIfAbsent(kind, source(caps, source + " <" + kind.element + ">"));
            }
        }
        if (sources.isEmpty()) {
            throw EsclXml.malformed(source, "describes neither a platen nor a feeder", null);
        }
        return new EsclCapabilities(EsclXml.text(root, "Version").orElse("2.0"),
                EsclXml.text(root, "MakeAndModel").orElse(""), EsclXml.text(root, "Manufacturer").orElse(""), sources);
    }

    private static SourceCapabilities source(Element caps, String where) throws EsclException {
        Set<ColorMode> modes = EnumSet.noneOf(ColorMode.class);
        for (Element mode : EsclXml.descendants(caps, "ColorMode")) {
            ColorMode.ofWireName(mode.getTextContent().strip()).ifPresent(modes::add);
        }
        if (modes.isEmpty()) {
            throw EsclXml.malformed(where, "offers none of the colour modes " + Arrays.toString(ColorMode.values()), null);
        }
        SortedSet<Integer> resolutions = resolutions(caps, where);
        Set<String> formats = new LinkedHashSet<>();
        boolean formatExt = false;
        for (Element format : EsclXml.descendants(caps, "DocumentFormatExt")) {
            formats.add(format.getTextContent().strip());
            formatExt = true;
        }
        for (Element format : EsclXml.descendants(caps, "DocumentFormat")) {
            formats.add(format.getTextContent().strip());
        }
        return new SourceCapabilities(EsclXml.integer(caps, "MaxWidth", 2550, where),
                EsclXml.integer(caps, "MaxHeight", 3508, where), modes, resolutions, formats, formatExt);
    }

    private static SortedSet<Integer> resolutions(Element caps, String where) throws EsclException {
        SortedSet<Integer> found = new TreeSet<>();
        for (Element pair : EsclXml.descendants(caps, "DiscreteResolution")) {
            int x = EsclXml.integer(pair, "XResolution", 0, where);
            int y = EsclXml.integer(pair, "YResolution", x, where);
            if (x > 0 && x == y) {
                found.add(x);
            }
        }
        for (Element range : EsclXml.descendants(caps, "XResolutionRange")) {
            int min = EsclXml.integer(range, "Min", 0, where);
            int max = EsclXml.integer(range, "Max", 0, where);
            int step = Math.max(1, EsclXml.integer(range, "Step", 1, where));
            IntStream.of(COMMON_RESOLUTIONS).filter(r -> r >= min && r <= max && (r - min) % step == 0)
                    .forEach(found::add);
        }
        if (found.isEmpty()) {
            throw EsclXml.malformed(where, "lists no resolution with equal X and Y", null);
        }
        return found;
    }
}
