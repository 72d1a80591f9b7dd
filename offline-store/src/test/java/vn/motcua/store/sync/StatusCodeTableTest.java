package vn.motcua.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.motcua.core.dossier.DossierStatus;

class StatusCodeTableTest {

    @Test
    void theBundledTableIsTheIdentityBothWays() {
        StatusCodeTable table = StatusCodeTable.bundled("status-codes.tsv");
        for (DossierStatus status : DossierStatus.values()) {
            assertThat(table.toTarget(status)).isEqualTo(status.nationalCode());
            assertThat(table.toNational(status.nationalCode())).contains(status);
        }
        assertThat(table.toNational(11)).isEmpty();
    }

    @Test
    void aProvinceNumberingDifferentlyIsMappedBothWays() throws IOException {
        String shifted = IntStream.rangeClosed(1, 10).mapToObj(n -> n + "\t" + (100 + n) + "\tx")
                .collect(Collectors.joining("\n"));
        StatusCodeTable table = StatusCodeTable.read(new StringReader("# comment\n" + shifted), "test");
        assertThat(table.toTarget(DossierStatus.PROCESSING)).isEqualTo(104);
        assertThat(table.toNational(110)).contains(DossierStatus.RESULT_RETURNED);
        assertThat(table.toNational(4)).isEmpty();
    }

    @Test
    void refusesIncompleteDuplicatedOrGarbledTablesNamingTheLine() {
        assertThatThrownBy(() -> StatusCodeTable.read(new StringReader("1\t1\n2\t2\n"), "t.tsv"))
                .hasMessageContaining("no row for national code 3");
        assertThatThrownBy(() -> StatusCodeTable.read(new StringReader("1\t1\n2\t1\n"), "t.tsv"))
                .hasMessageContaining("t.tsv line 2").hasMessageContaining("twice");
        assertThatThrownBy(() -> StatusCodeTable.read(new StringReader("1\tmột\n"), "t.tsv"))
                .hasMessageContaining("line 1").hasMessageContaining("một");
        assertThatThrownBy(() -> StatusCodeTable.bundled("missing.tsv")).hasMessageContaining("missing.tsv");
    }
}
