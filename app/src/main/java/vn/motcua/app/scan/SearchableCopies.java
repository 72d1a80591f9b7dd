package vn.motcua.app.scan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.dossier.ScannedFileReplacement;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.devices.ocr.OcrQueue;

/**
 * OCR after the fact: every saved scan is queued for Tesseract in the background (intake never waits), and when
 * its searchable PDF/A-2u copy is ready it takes the original's place — in stored dossiers at once, and in any
 * intake still open through the listeners. Replacements seen are remembered so a dossier stored while its OCR ran
 * can catch up.
 */
public final class SearchableCopies implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchableCopies.class);

    private final Optional<OcrQueue> queue;
    private final ScannedFileReplacement replacement;
    private final Map<String, StoredFileRef> done = new ConcurrentHashMap<>();
    private final List<BiConsumer<StoredFileRef, StoredFileRef>> listeners = new CopyOnWriteArrayList<>();

    /** @param queue empty when OCR is switched off in the settings */
    public SearchableCopies(Optional<OcrQueue> queue, ScannedFileReplacement replacement) {
        this.queue = Objects.requireNonNull(queue);
        this.replacement = Objects.requireNonNull(replacement);
    }

    /** Queues the scanned files; returns at once. A full queue leaves the file as it is (logged). */
    public void submit(List<StoredFileRef> scanned) {
        queue.ifPresent(ocr -> scanned.forEach(file -> {
            if (!ocr.submit(file, this::finished)) {
                LOG.warn("OCR queue full: stored file {} stays without a text layer", file.sha256());
            }
        }));
    }

    private void finished(OcrQueue.Outcome outcome) {
        if (outcome instanceof OcrQueue.Outcome.Searchable searchable) {
            done.put(searchable.scanned().sha256(), searchable.searchable());
            replacement.replace(searchable.scanned(), searchable.searchable());
            listeners.forEach(listener -> listener.accept(searchable.scanned(), searchable.searchable()));
        }
    }

    /** For a dossier just stored: links any file whose searchable copy was finished meanwhile. */
    public int catchUp(List<StoredFileRef> files) {
        int moved = 0;
        for (StoredFileRef file : files) {
            StoredFileRef better = done.get(file.sha256());
            if (better != null) {
                moved += replacement.replace(file, better);
            }
        }
        return moved;
    }

    /** Called on the OCR thread with (original, searchable copy). */
    public void addListener(BiConsumer<StoredFileRef, StoredFileRef> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(BiConsumer<StoredFileRef, StoredFileRef> listener) {
        listeners.remove(listener);
    }

    @Override
    public void close() {
        queue.ifPresent(OcrQueue::close);
    }
}
