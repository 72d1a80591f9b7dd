package vn.motcua.devices.pages;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanSettings.ColorMode;
import vn.motcua.core.scan.pages.RawPageRef;
import vn.motcua.core.scan.pages.RawPageStore;

/**
 * Raw pages in files of a working directory, so a long feeder batch waits on disk rather than on the heap.
 * These are working copies for one session, not records: no fsync; the session's end discards them.
 */
public final class RawPageFiles implements RawPageStore {
    private final Path directory;
    private final AtomicLong next = new AtomicLong();

    public RawPageFiles(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the raw page directory", e);
        }
    }

    @Override
    public RawPageRef keep(RawPage page) {
        var ref = new RawPageRef("raw-" + next.incrementAndGet(), page.width(), page.height(), page.dpi(), page.mode());
        try (var out = new DataOutputStream(Files.newOutputStream(file(ref)))) {
            out.writeInt(page.index());
            out.writeInt(page.width());
            out.writeInt(page.height());
            out.writeInt(page.dpi());
            out.writeInt(page.mode().ordinal());
            out.writeInt(page.pixels().length);
            out.write(page.pixels());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep a raw page", e);
        }
        return ref;
    }

    @Override
    public RawPage load(RawPageRef ref) {
        try (var in = new DataInputStream(Files.newInputStream(file(ref)))) {
            int index = in.readInt();
            int width = in.readInt();
            int height = in.readInt();
            int dpi = in.readInt();
            ColorMode mode = ColorMode.values()[in.readInt()];
            byte[] pixels = in.readNBytes(in.readInt());
            return new RawPage(index, width, height, dpi, mode, pixels);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read raw page " + ref.id(), e);
        }
    }

    @Override
    public void discard(RawPageRef ref) {
        try {
            Files.deleteIfExists(file(ref));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot discard raw page " + ref.id(), e);
        }
    }

    private Path file(RawPageRef ref) {
        if (!ref.id().matches("raw-\\d+")) {
            throw new IllegalArgumentException("Not a raw page of this store: " + ref.id());
        }
        return directory.resolve(ref.id() + ".raw");
    }
}
