package vn.motcua.store.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.SampleDossiers;
import vn.motcua.store.StoreException;
import vn.motcua.store.sqlite.Database;

class ContentAddressedFilesTest {
    @TempDir
    Path dir;
    private OfflineStore store;

    @BeforeEach
    void open() {
        store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Path filesRoot() {
        return dir.resolve(OfflineStore.FILES_DIRECTORY);
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aFileIsStoredUnderItsSha256AndReadsBackTheSame() throws Exception {
        byte[] scan = randomBytes(300_000, 1);

        StoredFileRef ref = store.files().put(new ByteArrayInputStream(scan), "application/pdf", "giay-khai-sinh.pdf");

        String sha = sha256(scan);
        assertThat(ref).isEqualTo(new StoredFileRef(sha, scan.length, "application/pdf", "giay-khai-sinh.pdf"));
        assertThat(filesRoot().resolve(sha.substring(0, 2)).resolve(sha)).exists().hasSize(scan.length);
        try (InputStream in = store.files().open(ref).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(scan);
        }
        assertThat(store.files().contains(ref)).isTrue();
    }

    @Test
    void theSameContentTwiceGivesTheSameFileAndNoSecondCopy() throws Exception {
        byte[] scan = randomBytes(10_000, 2);

        StoredFileRef first = store.files().put(new ByteArrayInputStream(scan), "application/pdf", "a.pdf");
        StoredFileRef second = store.files().put(new ByteArrayInputStream(scan), "application/pdf", "b.pdf");

        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.size()).isEqualTo(first.size());
        assertThat(contentFiles()).hasSize(1);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void anEmptyFileIsAFileToo() {
        StoredFileRef ref = store.files().put(InputStream.nullInputStream(), "image/png", "trong.png");

        assertThat(ref.size()).isZero();
        assertThat(ref.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(store.files().contains(ref)).isTrue();
    }

    @Test
    void anUnknownFileIsNeitherContainedNorOpenable() {
        StoredFileRef unknown = new StoredFileRef("cd".repeat(32), 1, "application/pdf", "x.pdf");

        assertThat(store.files().contains(unknown)).isFalse();
        assertThat(store.files().open(unknown)).isEmpty();
    }

    @Test
    void aStreamThatFailsMidwayLeavesNothingBehind() {
        InputStream failing = new InputStream() {
            private int left = 100_000;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) == -1 ? -1 : one[0];
            }

            /** Overridden: InputStream's default swallows an IOException thrown after the first byte. */
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (left <= 0) {
                    throw new IOException("scanner unplugged");
                }
                int n = Math.min(length, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 7);
                left -= n;
                return n;
            }
        };

        assertThatThrownBy(() -> store.files().put(failing, "application/pdf", "do-dang.pdf"))
                .hasMessageContaining("scanner unplugged");
        assertThat(contentFiles()).isEmpty();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedAndLeavesNothingBehind() {
        try (Database database = Database.open(dir.resolve(OfflineStore.DATABASE_FILE))) {
            ContentAddressedFiles small = new ContentAddressedFiles(filesRoot(), database, Clock.systemUTC(), 1_000);

            assertThatThrownBy(() -> small.put(new ByteArrayInputStream(randomBytes(5_000, 9)), "image/tiff", "to.tif"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("larger than the limit of 1000 bytes");
            assertThat(small.put(new ByteArrayInputStream(randomBytes(1_000, 9)), "image/tiff", "vua.tif").size())
                    .isEqualTo(1_000);
        }
        assertThat(contentFiles()).hasSize(1);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void temporaryFilesOfDeadProcessesAreRemovedAtOpenAndThoseOfLiveOnesKept() throws Exception {
        store.close();
        Process finished = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        finished.waitFor();
        Path dead = filesRoot().resolve(".partial-" + finished.pid() + "-0f0e0d0c-0b0a-0908-0706-050403020100");
        Path live = filesRoot().resolve(".partial-" + ProcessHandle.current().pid() + "-00000000-0000-0000-0000-000000000001");
        Files.write(dead, randomBytes(100, 3));
        Files.write(live, randomBytes(100, 4));

        store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);

        assertThat(dead).doesNotExist();
        assertThat(live).exists();
        assertThat(store.fileInventory().temporaryFiles()).containsExactly(live);
    }

    @Test
    void theInventoryListsUnreferencedUnregisteredAndMissingFiles() throws Exception {
        StoredFileRef linked = store.files().put(new ByteArrayInputStream(randomBytes(50, 5)), "application/pdf", "a");
        StoredFileRef loose = store.files().put(new ByteArrayInputStream(randomBytes(50, 6)), "application/pdf", "b");
        StoredFileRef deleted = store.files().put(new ByteArrayInputStream(randomBytes(50, 7)), "application/pdf", "c");
        store.dossiers().save(SampleDossiers.received(SampleDossiers.code(1),
                SampleDossiers.owner("Hồ Văn Nam", "079201000011"), java.time.LocalDateTime.of(2025, 11, 5, 9, 0),
                List.of(SampleDossiers.component("Đơn", linked))));
        byte[] crashed = randomBytes(50, 8);
        Path unregistered = filesRoot().resolve(sha256(crashed).substring(0, 2)).resolve(sha256(crashed));
        Files.createDirectories(unregistered.getParent());
        Files.write(unregistered, crashed);
        Files.delete(filesRoot().resolve(deleted.sha256().substring(0, 2)).resolve(deleted.sha256()));

        FileInventory inventory = store.fileInventory();

        assertThat(inventory.unreferenced()).containsExactlyInAnyOrder(loose.sha256(), sha256(crashed));
        assertThat(inventory.unregistered()).containsExactly(sha256(crashed));
        assertThat(inventory.missing()).containsExactly(deleted.sha256());
        assertThat(store.files().contains(deleted)).isFalse();
    }

    private List<Path> contentFiles() {
        try (Stream<Path> walk = Files.walk(filesRoot())) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".partial-")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<Path> temporaryFiles() {
        return store.fileInventory().temporaryFiles();
    }
}
