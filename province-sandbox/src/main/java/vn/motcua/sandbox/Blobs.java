package vn.motcua.sandbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Where uploaded bytes live: a directory when the sandbox has a data directory, memory otherwise. */
interface Blobs {
    long length(String name);

    void append(String name, byte[] bytes, int from);

    InputStream open(String name);

    void rename(String from, String to);

    void delete(String name);

    void clear();

    static Blobs in(Path directory) {
        return directory == null ? new InMemory() : new InDirectory(directory);
    }

    final class InMemory implements Blobs {
        private final Map<String, ByteArrayOutputStream> blobs = new HashMap<>();

        @Override
        public synchronized long length(String name) {
            ByteArrayOutputStream blob = blobs.get(name);
            return blob == null ? 0 : blob.size();
        }

        @Override
        public synchronized void append(String name, byte[] bytes, int from) {
            blobs.computeIfAbsent(name, n -> new ByteArrayOutputStream()).write(bytes, from, bytes.length - from);
        }

        @Override
        public synchronized InputStream open(String name) {
            ByteArrayOutputStream blob = blobs.get(name);
            return new ByteArrayInputStream(blob == null ? new byte[0] : blob.toByteArray());
        }

        @Override
        public synchronized void rename(String from, String to) {
            blobs.put(to, blobs.remove(from));
        }

        @Override
        public synchronized void delete(String name) {
            blobs.remove(name);
        }

        @Override
        public synchronized void clear() {
            blobs.clear();
        }
    }

    final class InDirectory implements Blobs {
        private final Path directory;

        InDirectory(Path directory) {
            this.directory = directory;
        }

        @Override
        public long length(String name) {
            Path file = directory.resolve(name);
            try {
                return Files.exists(file) ? Files.size(file) : 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void append(String name, byte[] bytes, int from) {
            try {
                Files.createDirectories(directory);
                try (FileChannel channel = FileChannel.open(directory.resolve(name), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes, from, bytes.length - from);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public InputStream open(String name) {
            try {
                return Files.newInputStream(directory.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void rename(String from, String to) {
            try {
                Files.move(directory.resolve(from), directory.resolve(to), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                SnapshotFile.syncDirectory(directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void delete(String name) {
            try {
                Files.deleteIfExists(directory.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void clear() {
            if (!Files.isDirectory(directory)) {
                return;
            }
            try (Stream<Path> files = Files.list(directory)) {
                files.forEach(file -> delete(file.getFileName().toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
