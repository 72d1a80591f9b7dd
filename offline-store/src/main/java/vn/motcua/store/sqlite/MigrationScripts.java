package vn.motcua.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered schema scripts of this version of the desk. A class path cannot be listed inside a jar, so
 * the scripts are named, in order, in the index file {@value #INDEX}.
 */
public final class MigrationScripts {
    public static final String FOLDER = "/vn/motcua/store/migration/";
    public static final String INDEX = FOLDER + "index.txt";

    private final List<MigrationScript> scripts;

    private MigrationScripts(List<MigrationScript> scripts) {
        this.scripts = List.copyOf(scripts);
        for (int i = 0; i < this.scripts.size(); i++) {
            if (this.scripts.get(i).version() != i + 1) {
                throw new MigrationException("Migration scripts must be numbered 1, 2, 3… without gaps; found "
                        + this.scripts.get(i).label() + " at position " + (i + 1));
            }
        }
    }

    public static MigrationScripts of(List<MigrationScript> scripts) {
        return new MigrationScripts(scripts);
    }

    /** The scripts bundled with the offline store. */
    public static MigrationScripts bundled() {
        List<MigrationScript> found = new ArrayList<>();
        for (String line : read(INDEX).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                found.add(MigrationScript.of(name, read(FOLDER + name)));
            }
        }
        return new MigrationScripts(found);
    }

    public List<MigrationScript> all() {
        return scripts;
    }

    /** The first scripts up to and including the version: how an older desk would have left a database. */
    public MigrationScripts upTo(int version) {
        return new MigrationScripts(scripts.stream().filter(s -> s.version() <= version).toList());
    }

    public int latestVersion() {
        return scripts.size();
    }

    private static String read(String resource) {
        try (InputStream in = MigrationScripts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new MigrationException("Migration resource " + resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException("Cannot read migration resource " + resource, e);
        }
    }
}
