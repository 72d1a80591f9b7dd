package vn.motcua.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.core.dossier.DossierCodeIssuer;
import vn.motcua.core.dossier.SequenceBlock;

/**
 * Run as a separate JVM by {@link CrossProcessSequenceTest}: opens the store, says READY, waits for the
 * start file, issues the given number of dossier codes as fast as it can, and writes their sequence numbers
 * to the output file.
 */
public final class SequenceIssuingProcess {
    public static final String READY = "READY";
    static final Instant NOW = Instant.parse("2025-11-05T03:00:00Z");

    private SequenceIssuingProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Path start = Path.of(args[2]);
        Path output = Path.of(args[3]);
        try (OfflineStore store = OfflineStore.open(dataDirectory, SequenceBlock.WHOLE_RANGE)) {
            DossierCodeIssuer issuer = new DossierCodeIssuer(SampleDossiers.AGENCY, store.dossierSequence(),
                    Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh")));
            System.out.println(READY);
            System.out.flush();
            while (!Files.exists(start)) {
                Thread.sleep(5);
            }
            List<String> issued = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                issued.add(Integer.toString(issuer.next().sequence()));
            }
            Files.write(output, issued);
        }
    }
}
