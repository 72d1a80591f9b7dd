package vn.motcua.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The province's state as one JSON file, replaced by write-then-rename with fsync: a crash leaves either the
 * previous snapshot or the new one, never a torn file. A temp file left by a crash is ignored and removed.
 */
final class SnapshotFile {
    static final String NAME = "province-state.json";
    static final String TEMP_NAME = NAME + ".tmp";
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotFile.class);

    private final Path directory;
    private final Path file;
    private final Path temp;

    SnapshotFile(Path directory) {
        this.directory = directory;
        this.file = directory.resolve(NAME);
        this.temp = directory.resolve(TEMP_NAME);
    }

    Optional<byte[]> read() {
        try {
            Files.createDirectories(directory);
            if (Files.deleteIfExists(temp)) {
                LOG.warn("Ignored an unfinished snapshot {} left by an earlier crash", temp);
            }
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sandbox state in " + directory, e);
        }
    }

    void write(byte[] content) {
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sandbox state to " + file, e);
        }
    }

    static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot sync a directory; the rename is still atomic there.
            LOG.debug("Directory sync not supported for {}", directory);
        }
    }
}
