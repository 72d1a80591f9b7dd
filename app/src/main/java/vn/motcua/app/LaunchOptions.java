package vn.motcua.app;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The command line of the desk: which screen this process shows ({@code --screen=kiosk}), or only the version
 * ({@code --version}). Each installed launcher passes its screen (installer/README.md).
 */
public record LaunchOptions(Screen screen, boolean versionOnly, boolean helpOnly) {
    public static final String SCREEN = "--screen=";
    public static final String VERSION = "--version";
    public static final String HELP = "--help";

    /** What the process shows first. */
    public enum Screen {
        /** The clerk's sign-in, then the counter window (the default). */
        COUNTER,
        /** The ticket kiosk, full screen, nothing else. */
        KIOSK,
        /** The waiting-room display board on the second screen when there is one. */
        BOARD,
        /** The sign-in, then the supervision screen for supervisors and administrators. */
        SUPERVISOR;

        /** As written after {@code --screen=}. */
        public String argument() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public LaunchOptions {
        Objects.requireNonNull(screen, "screen");
    }

    /**
     * @throws IllegalArgumentException naming the argument that is not understood
     */
    public static LaunchOptions parse(List<String> arguments) {
        Screen screen = Screen.COUNTER;
        boolean version = false;
        boolean help = false;
        for (String argument : arguments) {
            if (argument.equals(VERSION) || argument.equals("-version")) {
                version = true;
            } else if (argument.equals(HELP) || argument.equals("-h")) {
                help = true;
            } else if (argument.startsWith(SCREEN)) {
                String name = argument.substring(SCREEN.length()).strip().toUpperCase(Locale.ROOT);
                try {
                    screen = Screen.valueOf(name);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Unknown screen '" + argument.substring(SCREEN.length())
                            + "'; use counter, kiosk, board or supervisor");
                }
            } else {
                throw new IllegalArgumentException("Unknown argument '" + argument + "'");
            }
        }
        return new LaunchOptions(screen, version, help);
    }

    public static String usage() {
        return """
                Usage: motcua-desk [--screen=counter|kiosk|board|supervisor] [--version] [--help]
                  --screen=counter     sign-in, then the counter window (default)
                  --screen=kiosk       the ticket kiosk, full screen (leave with Ctrl+Alt+Q)
                  --screen=board       the waiting-room display board
                  --screen=supervisor  sign-in, then supervision
                  --version            print the version and the Java and JavaFX runtime, then exit
                Directories: -Dmotcua.data.dir=…, -Dmotcua.config.dir=… (installer/README.md).""";
    }
}
