package vn.motcua.store.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.motcua.core.dossier.ScannedFileStore;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.store.StoreException;
import vn.motcua.store.sqlite.Database;
import vn.motcua.store.sqlite.Durability;

/**
 * Scanned documents named by the SHA-256 of their bytes, under {@code files/ab/abcdef…}, registered in the
 * {@code stored_file} table.
 *
 * <p>Crash safety, in this order: the bytes go to a temporary file in the files directory (same file
 * system, so the rename below is atomic), which is fsynced; it is renamed into place with ATOMIC_MOVE and
 * the directory fsynced so the name survives a power cut; only then is the row registered. Dossiers are
 * saved after their files. So a crash leaves at most a temporary file (removed at the next open) or an
 * unreferenced file (listed by {@link #inventory()}), never a dossier pointing at a missing or partial file.
 */
public final class ContentAddressedFiles implements ScannedFileStore {
    static final String TEMPORARY_PREFIX = ".partial-";
    /** {@code .partial-<pid>-<uuid>}: the writer's process id tells a leftover from another desk's live write. */
    private static final Pattern TEMPORARY_NAME = Pattern.compile("\\.partial-(\\d+)-[0-9a-f-]+");
    private static final Pattern CONTENT_NAME = Pattern.compile("[0-9a-f]{64}");
    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");
    /** Far above any scanned dossier; stops a runaway source (a stuck device stream) from filling the disk. */
    public static final long MAX_FILE_BYTES = 1L << 30;

    private final Path root;
    private final Database database;
    private final Clock clock;
    private final long maxFileBytes;

    public ContentAddressedFiles(Path root, Database database, Clock clock) {
        this(root, database, clock, MAX_FILE_BYTES);
    }

    ContentAddressedFiles(Path root, Database database, Clock clock, long maxFileBytes) {
        this.root = Objects.requireNonNull(root);
        this.database = Objects.requireNonNull(database);
        this.clock = Objects.requireNonNull(clock);
        this.maxFileBytes = maxFileBytes;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new StoreException("Cannot create the file store directory " + root, e);
        }
    }

    /** Reads the stream to its end; the caller keeps ownership of it and closes it. */
    @Override
    public StoredFileRef put(InputStream content, String mediaType, String fileName) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(fileName, "fileName");
        Path temporary = root.resolve(TEMPORARY_PREFIX + ProcessHandle.current().pid() + "-" + UUID.randomUUID());
        try {
            Written written = writeDurably(content, temporary);
            moveIntoPlace(temporary, written);
            register(written, mediaType);
            return new StoredFileRef(written.sha256(), written.size(), mediaType, fileName);
        } catch (IOException e) {
            throw new StoreException("Cannot store a scanned file: " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    @Override
    public Optional<InputStream> open(StoredFileRef ref) {
        Objects.requireNonNull(ref, "ref");
        try {
            return Optional.of(Files.newInputStream(pathOf(ref.sha256())));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException("Cannot open stored file " + ref.sha256() + ": " + e.getMessage(), e);
        }
    }

    /** Registered and present on disk. */
    @Override
    public boolean contains(StoredFileRef ref) {
        Objects.requireNonNull(ref, "ref");
        return Files.isRegularFile(pathOf(ref.sha256())) && registeredShas(ref.sha256()).contains(ref.sha256());
    }

    /** Where the file with this content hash lives: {@code <root>/ab/abcdef…}. */
    public Path pathOf(String sha256) {
        if (!CONTENT_NAME.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 hex digest");
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public Path root() {
        return root;
    }

    /**
     * Deletes temporary files left by processes that no longer run (a crash mid-write). Files of a live
     * process, such as another desk window on the same data, are left alone.
     *
     * @return how many were deleted
     */
    public int removeAbandonedTemporaryFiles() {
        int removed = 0;
        for (Path leftover : temporaryFiles()) {
            if (!ownerIsAlive(leftover) && deleteQuietly(leftover)) {
                removed++;
            }
        }
        return removed;
    }

    /** What is on disk and in the register that no dossier accounts for; for maintenance screens and tests. */
    public FileInventory inventory() {
        Set<String> onDisk = contentFilesOnDisk();
        Set<String> registered = registeredShas(null);
        Set<String> referenced = referencedShas();
        List<String> unreferenced = onDisk.stream().filter(sha -> !referenced.contains(sha)).sorted().toList();
        List<String> missing = registered.stream().filter(sha -> !onDisk.contains(sha)).sorted().toList();
        List<String> unregistered = onDisk.stream().filter(sha -> !registered.contains(sha)).sorted().toList();
        return new FileInventory(temporaryFiles(), unreferenced, unregistered, missing);
    }

    private Written writeDurably(InputStream content, Path temporary) throws IOException {
        MessageDigest digest = sha256();
        long size = 0;
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = content.read(buffer)) != -1) {
                digest.update(buffer, 0, read);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                while (chunk.hasRemaining()) {
                    channel.write(chunk);
                }
                size += read;
                if (size > maxFileBytes) {
                    throw new IOException("the file is larger than the limit of " + maxFileBytes + " bytes");
                }
            }
            channel.force(true);
        }
        return new Written(HexFormat.of().formatHex(digest.digest()), size);
    }

    /** Same bytes already stored (same name, same size): nothing to move; the temporary file is dropped. */
    private void moveIntoPlace(Path temporary, Written written) throws IOException {
        Path target = pathOf(written.sha256());
        if (Files.isRegularFile(target) && Files.size(target) == written.size()) {
            return;
        }
        Path shard = target.getParent();
        if (!Files.isDirectory(shard)) {
            Files.createDirectories(shard);
            forceDirectory(root);
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        forceDirectory(shard);
    }

    private void register(Written written, String mediaType) {
        database.write(Durability.FULL, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO stored_file (sha256, size, media_type, created_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (sha256) DO NOTHING""")) {
                insert.setString(1, written.sha256());
                insert.setLong(2, written.size());
                insert.setString(3, mediaType);
                insert.setString(4, clock.instant().toString());
                return insert.executeUpdate();
            }
        });
    }

    /**
     * Makes a rename or a new entry in the directory durable. Windows cannot open a directory for fsync;
     * NTFS journals renames itself, so there it is skipped.
     */
    private static void forceDirectory(Path directory) throws IOException {
        if (WINDOWS) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private List<Path> temporaryFiles() {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, TEMPORARY_PREFIX + "*")) {
            entries.forEach(found::add);
        } catch (IOException e) {
            throw new StoreException("Cannot list the file store directory " + root + ": " + e.getMessage(), e);
        }
        found.sort(null);
        return found;
    }

    private static boolean ownerIsAlive(Path temporary) {
        Matcher m = TEMPORARY_NAME.matcher(temporary.getFileName().toString());
        if (!m.matches()) {
            return false;
        }
        long pid = Long.parseLong(m.group(1));
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private Set<String> contentFilesOnDisk() {
        try (Stream<Path> walk = Files.walk(root, 2)) {
            Set<String> found = new HashSet<>();
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.getParent() != null && !p.getParent().equals(root))
                    .map(p -> p.getFileName().toString())
                    .filter(name -> CONTENT_NAME.matcher(name).matches())
                    .forEach(found::add);
            return found;
        } catch (IOException e) {
            throw new StoreException("Cannot list the file store directory " + root + ": " + e.getMessage(), e);
        }
    }

    /** All registered hashes, or only the given one when present. */
    private Set<String> registeredShas(String only) {
        String sql = only == null ? "SELECT sha256 FROM stored_file" : "SELECT sha256 FROM stored_file WHERE sha256 = ?";
        return database.read(connection -> strings(connection, sql, only));
    }

    private Set<String> referencedShas() {
        return database.read(connection -> strings(connection,
                """
                SELECT sha256 FROM dossier_component_file UNION SELECT sha256 FROM dossier_form
                UNION SELECT sha256 FROM dossier_result_file""", null));
    }

    private static Set<String> strings(Connection connection, String sql, String argument) throws SQLException {
        Set<String> values = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (argument != null) {
                query.setString(1, argument);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private static boolean deleteQuietly(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private record Written(String sha256, long size) {
    }
}
