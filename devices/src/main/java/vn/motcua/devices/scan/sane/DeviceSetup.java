package vn.motcua.devices.scan.sane;

import au.com.southsky.jfreesane.OptionValueConstraintType;
import au.com.southsky.jfreesane.OptionValueType;
import au.com.southsky.jfreesane.RangeConstraint;
import au.com.southsky.jfreesane.SaneDevice;
import au.com.southsky.jfreesane.SaneException;
import au.com.southsky.jfreesane.SaneOption;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.scan.ScanSettings;
import vn.motcua.core.scan.ScanSettings.ColorMode;
import vn.motcua.core.scan.ScanSettings.PaperSize;
import vn.motcua.core.scan.ScanSettings.Source;
import vn.motcua.devices.scan.ScanSettingsRejectedException;

/**
 * Sets a scan profile on an open SANE device. Every value is checked against the option's type, state and
 * constraint before it is sent, because JFreeSane 1.0 loses its place in the protocol when the backend
 * rejects a value. Options are looked up again before each write: a write may change other options'
 * constraints or activity (the backend asks for a reload).
 */
final class DeviceSetup {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceSetup.class);

    private final SaneDevice device;

    private DeviceSetup(SaneDevice device) {
        this.device = device;
    }

    /**
     * @return the resolution the scanner will use, in dpi
     * @throws ScanSettingsRejectedException when the scanner cannot take a setting or refused one; the
     *         session may then be out of step and must be closed
     */
    static int apply(SaneDevice device, ScanSettings settings, Map<String, String> backendOptions)
            throws IOException {
        DeviceSetup setup = new DeviceSetup(device);
        setup.source(settings.source());
        setup.mode(settings.colorMode());
        int dpi = setup.resolution(settings.dpi());
        setup.paper(settings.paper());
        for (Map.Entry<String, String> option : backendOptions.entrySet()) {
            setup.backendOption(option.getKey(), option.getValue());
        }
        String chosenResolution = backendOptions.get("resolution");
        return chosenResolution == null ? dpi : (int) Math.round(Double.parseDouble(chosenResolution));
    }

    private void source(Source wanted) throws IOException {
        SaneOption option = usable("source");
        if (option == null) {
            if (wanted != Source.FLATBED) {
                throw rejected("The scanner has no document feeder (no settable 'source' option)");
            }
            return;
        }
        List<String> offered = strings(option);
        String choice = OptionChoices.source(offered, wanted).orElseThrow(() -> rejected(
                "The scanner has no " + describe(wanted) + "; its sources are " + offered
                        + (wanted == Source.FEEDER_DUPLEX ? " (use manual duplex)" : "")));
        write(option, choice, () -> option.setStringValue(choice));
    }

    private void mode(ColorMode wanted) throws IOException {
        SaneOption option = usable("mode");
        List<String> offered = option == null ? List.of() : strings(option);
        if (!offered.isEmpty()) {
            String choice = OptionChoices.mode(offered, wanted).orElseThrow(() -> rejected(
                    "The scanner cannot scan in " + describe(wanted) + "; its modes are " + offered));
            write(option, choice, () -> option.setStringValue(choice));
            if (OptionChoices.isBlackWhite(choice)) {
                return;
            }
        }
        depth(wanted == ColorMode.BLACK_WHITE && depthOffered(1) ? 1 : 8);
    }

    private boolean depthOffered(int bits) throws IOException {
        SaneOption option = usable("depth");
        return option != null && option.getType() == OptionValueType.INT && allows(option, bits);
    }

    /** A page buffers whole in memory: ask for 8 bits rather than 16 when the scanner lets us choose. */
    private void depth(int bits) throws IOException {
        if (depthOffered(bits)) {
            SaneOption option = usable("depth");
            write(option, bits, () -> option.setIntegerValue(bits));
        }
    }

    private int resolution(int wanted) throws IOException {
        SaneOption option = usable("resolution");
        if (option == null || !isNumber(option)) {
            LOG.info("The scanner has no settable resolution; assuming {} dpi", wanted);
            return wanted;
        }
        double value = constrained(option, wanted);
        double set = writeNumber(option, value);
        return (int) Math.round(set);
    }

    private void paper(PaperSize paper) throws IOException {
        double[] size = switch (paper) {
            case A4 -> new double[] {210, 297};
            case A5 -> new double[] {148, 210};
            case LETTER -> new double[] {215.9, 279.4};
        };
        length("page-width", size[0]);
        length("page-height", size[1]);
        length("tl-x", 0);
        length("tl-y", 0);
        length("br-x", size[0]);
        length("br-y", size[1]);
    }

    private void length(String name, double millimetres) throws IOException {
        SaneOption option = usable(name);
        if (option == null || !isNumber(option) || option.getUnits() != SaneOption.OptionUnits.UNIT_MM) {
            return;
        }
        writeNumber(option, constrained(option, millimetres));
    }

    /** Backend options are the supervisor's exact words: checked, never snapped. */
    private void backendOption(String name, String value) throws IOException {
        SaneOption option = settable(name);
        switch (option.getType()) {
            case BOOLEAN -> {
                boolean flag = parseBoolean(name, value);
                write(option, value, () -> option.setBooleanValue(flag));
            }
            case STRING -> {
                requireListedString(option, value);
                write(option, value, () -> option.setStringValue(value));
            }
            default -> {
                double number = parseNumber(option, value);
                if (!allows(option, number)) {
                    throw rejected("The scanner's option '" + name + "' cannot be " + value + "; it takes "
                            + describeConstraint(option));
                }
                writeNumber(option, number);
            }
        }
    }

    private SaneOption settable(String name) throws IOException {
        SaneOption option = device.getOption(name);
        if (option == null) {
            throw rejected("The scanner has no option '" + name + "'; it has " + device.listOptions().stream()
                    .map(SaneOption::getName).filter(n -> n != null && !n.isEmpty()).collect(Collectors.toList()));
        }
        if (!option.isActive() || !option.isWriteable()) {
            throw rejected("The scanner's option '" + name + "' cannot be set now (inactive or read-only)");
        }
        if (option.getType() != OptionValueType.BOOLEAN && option.getType() != OptionValueType.STRING
                && !isNumber(option)) {
            throw rejected("The scanner's option '" + name + "' is a " + option.getType() + ", not a value");
        }
        return option;
    }

    private static void requireListedString(SaneOption option, String value) {
        boolean listed = option.getConstraintType() == OptionValueConstraintType.STRING_LIST_CONSTRAINT;
        if ((listed && !option.getStringConstraints().contains(value)) || value.length() >= option.getSize()) {
            throw rejected("The scanner's option '" + option.getName() + "' cannot be '" + value + "'"
                    + (listed ? "; it takes " + option.getStringConstraints() : "; too long"));
        }
    }

    private SaneOption usable(String name) throws IOException {
        SaneOption option = device.getOption(name);
        return option != null && option.isActive() && option.isWriteable() ? option : null;
    }

    private static boolean isNumber(SaneOption option) {
        return (option.getType() == OptionValueType.INT || option.getType() == OptionValueType.FIXED)
                && option.getValueCount() == 1;
    }

    private static List<String> strings(SaneOption option) {
        return option.getConstraintType() == OptionValueConstraintType.STRING_LIST_CONSTRAINT
                ? option.getStringConstraints() : List.of();
    }

    /** FIXED on some backends and INT on others: the type decides the call. */
    private double writeNumber(SaneOption option, double value) throws IOException {
        return option.getType() == OptionValueType.FIXED
                ? write(option, value, () -> option.setFixedValue(value))
                : write(option, value, () -> (double) option.setIntegerValue((int) Math.round(value)));
    }

    private static double constrained(SaneOption option, double wanted) {
        boolean fixed = option.getType() == OptionValueType.FIXED;
        return switch (option.getConstraintType()) {
            case RANGE_CONSTRAINT -> {
                RangeConstraint range = option.getRangeConstraints();
                yield fixed
                        ? OptionChoices.snapToRange(wanted, range.getMinimumFixed(), range.getMaximumFixed(),
                                range.getQuantumFixed())
                        : OptionChoices.snapToRange(Math.round(wanted), range.getMinimumInteger(),
                                range.getMaximumInteger(), range.getQuantumInteger());
            }
            case VALUE_LIST_CONSTRAINT -> OptionChoices.nearest(wanted, listed(option));
            default -> fixed ? wanted : Math.round(wanted);
        };
    }

    private static boolean allows(SaneOption option, double value) {
        boolean fixed = option.getType() == OptionValueType.FIXED;
        if (!fixed && value != Math.rint(value)) {
            return false;
        }
        return switch (option.getConstraintType()) {
            case RANGE_CONSTRAINT -> {
                RangeConstraint range = option.getRangeConstraints();
                yield fixed ? value >= range.getMinimumFixed() && value <= range.getMaximumFixed()
                        : value >= range.getMinimumInteger() && value <= range.getMaximumInteger();
            }
            case VALUE_LIST_CONSTRAINT -> listed(option).contains(value);
            default -> true;
        };
    }

    private static List<Double> listed(SaneOption option) {
        return option.getType() == OptionValueType.FIXED ? option.getFixedValueListConstraint()
                : option.getIntegerValueListConstraint().stream().map(Integer::doubleValue).toList();
    }

    private static String describeConstraint(SaneOption option) {
        return switch (option.getConstraintType()) {
            case RANGE_CONSTRAINT -> option.getType() == OptionValueType.FIXED
                    ? option.getRangeConstraints().getMinimumFixed() + ".." + option.getRangeConstraints().getMaximumFixed()
                    : option.getRangeConstraints().getMinimumInteger() + ".."
                            + option.getRangeConstraints().getMaximumInteger();
            case VALUE_LIST_CONSTRAINT -> listed(option).toString();
            default -> "any " + option.getType() + " value";
        };
    }

    private static double parseNumber(SaneOption option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw rejected("The scanner's option '" + option.getName() + "' takes a number, not '" + value + "'");
        }
    }

    private static boolean parseBoolean(String name, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "on", "1" -> true;
            case "no", "false", "off", "0" -> false;
            default -> throw rejected("The scanner's option '" + name + "' takes yes or no, not '" + value + "'");
        };
    }

    private interface OptionWrite<T> {
        T call() throws IOException, SaneException;
    }

    private static <T> T write(SaneOption option, Object value, OptionWrite<T> write) throws IOException {
        try {
            return write.call();
        } catch (SaneException | RuntimeException e) {
            throw new ScanSettingsRejectedException("The scanner refused " + option.getName() + " = " + value
                    + (e instanceof SaneException sane ? " (" + sane.getStatus() + ")" : ""), e);
        }
    }

    private static String describe(Source source) {
        return switch (source) {
            case FLATBED -> "flatbed";
            case FEEDER -> "document feeder";
            case FEEDER_DUPLEX -> "duplex document feeder";
        };
    }

    private static String describe(ColorMode mode) {
        return switch (mode) {
            case COLOR -> "colour";
            case GRAY -> "grey";
            case BLACK_WHITE -> "black and white";
        };
    }

    private static ScanSettingsRejectedException rejected(String message) {
        return new ScanSettingsRejectedException(message);
    }
}
