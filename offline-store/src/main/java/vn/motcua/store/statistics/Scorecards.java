package vn.motcua.store.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import vn.motcua.core.statistics.ScorecardDefinition;

/**
 * Where the Decision 766 scorecard definition comes from: the bundled {@value #BUNDLED} (versioned with the
 * desk), or a replacement file an office was given (same format), so changed weights need no new release.
 */
public final class Scorecards {
    public static final String BUNDLED = "scorecard-766.properties";

    private Scorecards() {
    }

    public static ScorecardDefinition bundled() {
        try (InputStream in = Scorecards.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("Scorecard definition missing from the jar: " + BUNDLED);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled scorecard definition", e);
        }
    }

    /**
     * @throws IllegalArgumentException naming what is wrong in the file
     */
    public static ScorecardDefinition fromFile(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        }
    }

    private static ScorecardDefinition parse(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        return ScorecardDefinition.parse(properties);
    }
}
