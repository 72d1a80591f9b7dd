package vn.motcua.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The small procedure catalogue a fresh sandbox starts with ({@value #RESOURCE}). */
final class SeedCatalogue {
    static final String RESOURCE = "/vn/motcua/sandbox/catalogue.json";

    private SeedCatalogue() {
    }

    static List<ObjectNode> procedures(ObjectMapper json) {
        try (InputStream in = SeedCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            List<ObjectNode> procedures = new ArrayList<>();
            for (JsonNode procedure : json.readTree(in).path("procedures")) {
                procedures.add((ObjectNode) procedure);
            }
            return procedures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
