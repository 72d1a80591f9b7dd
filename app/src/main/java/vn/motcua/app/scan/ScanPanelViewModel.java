package vn.motcua.app.scan;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.task.TaskExecutor;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.dossier.DigitisedCodeFormat;
import vn.motcua.core.dossier.DigitisedDocumentCode;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.core.scan.ScanSettings.ColorMode;
import vn.motcua.core.scan.RawPage;
import vn.motcua.core.scan.ScanBatchResult;
import vn.motcua.core.scan.ScanListener;
import vn.motcua.core.scan.Scanner;
import vn.motcua.core.scan.ScannerDevice;
import vn.motcua.core.scan.pages.PageBatch;
import vn.motcua.core.scan.pages.PageStep;
import vn.motcua.core.scan.pages.RawPageRef;
import vn.motcua.core.scan.pages.RawPageStore;
import vn.motcua.core.scan.pages.ScannedPage;
import vn.motcua.devices.pages.PageAnalyser;
import vn.motcua.devices.pdf.ComponentFiles;
import vn.motcua.devices.pdf.DocumentMetadata;
import vn.motcua.devices.scan.BatchContinuation;

/**
 * Scanning one dossier component: pick the scanner and profile, scan (pages appear as they arrive, each checked
 * for skew and blankness on the scanning thread), edit with undo, then save the pages as one PDF/A file in the
 * store. A jam or an empty feeder ends the batch with a clear message; the pages already read stay and the next
 * scan continues the numbering.
 */
public final class ScanPanelViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ScanPanelViewModel.class);

    private final Scanner scanner;
    private final RawPageStore raws;
    private final PageAnalyser analyser;
    private final ComponentFiles files;
    private final ScanTarget target;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final BiConsumer<String, List<StoredFileRef>> onSaved;
    private final PageBatch batch = new PageBatch();
    private final Map<String, BufferedImage> pictures = new ConcurrentHashMap<>();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    private final ObservableList<ScannerDevice> devices = FXCollections.observableArrayList();
    private final ObjectProperty<ScannerDevice> device = new SimpleObjectProperty<>(this, "device");
    private final ObservableList<ScanProfile> profiles = FXCollections.observableArrayList(ScanProfile.standard());
    private final ObjectProperty<ScanProfile> profile = new SimpleObjectProperty<>(this, "profile",
            profiles.getFirst());
    private final ObservableList<ScanTarget.Component> components = FXCollections.observableArrayList();
    private final ObservableList<PageThumb> pages = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final BooleanProperty scanning = new SimpleBooleanProperty(this, "scanning");
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty messageIsProblem = new SimpleBooleanProperty(this, "messageIsProblem");

    public ScanPanelViewModel(Scanner scanner, RawPageStore raws, PageAnalyser analyser, ComponentFiles files,
            ScanTarget target, TaskExecutor executor, Messages messages, Clock clock,
            BiConsumer<String, List<StoredFileRef>> onSaved) {
        this.scanner = Objects.requireNonNull(scanner);
        this.raws = Objects.requireNonNull(raws);
        this.analyser = Objects.requireNonNull(analyser);
        this.files = Objects.requireNonNull(files);
        this.target = Objects.requireNonNull(target);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        this.onSaved = Objects.requireNonNull(onSaved);
        components.setAll(target.components());
    }

    /** Looks for scanners; the first one found is chosen. */
    public void discover() {
        executor.submit(scanner::discover, found -> {
            devices.setAll(found);
            if (device.get() == null || !found.contains(device.get())) {
                device.set(found.isEmpty() ? null : found.getFirst());
            }
            if (found.isEmpty()) {
                say(messages.get("scan.noScanner"), true);
            }
        }, failure -> say(messages.get("scan.noScanner"), true));
    }

    /** Scans with the chosen profile, appending to the pages already here. */
    public void scan() {
        ScannerDevice chosen = device.get();
        if (chosen == null || scanning.get() || saving.get()) {
            say(messages.get("scan.noScanner"), chosen == null);
            return;
        }
        cancelRequested.set(false);
        scanning.set(true);
        progress.set(0);
        say(messages.get("scan.scanning"), false);
        ScanListener listener = BatchContinuation.after(batch.size(), new Arrivals());
        executor.submit(() -> scanner.scan(chosen, profile.get().settings(), listener), this::finished, failure -> {
            scanning.set(false);
            LOG.warn("Scan failed: {}", failure.getClass().getName());
            say(failure instanceof IllegalArgumentException ? failure.getMessage()
                    : messages.get("scanProblem.IO_ERROR"), true);
            refresh();
        });
    }

    /** Receives pages on the scanning thread: keeps, analyses and pictures each, then updates the strip. */
    private final class Arrivals implements ScanListener {
        @Override
        public void page(RawPage page) {
            RawPageRef ref = raws.keep(page);
            ScannedPage added = batch.add(ref);
            batch.recordAnalysis(added.id(), analyser.analyse(page));
            pictures.put(ref.id(), Thumbnails.of(page));
            executor.schedule(Duration.ZERO, ScanPanelViewModel.this::refresh);
        }

        @Override
        public void progress(int pageIndex, double fraction) {
            executor.schedule(Duration.ZERO, () -> progress.set(fraction));
        }

        @Override
        public boolean cancelled() {
            return cancelRequested.get();
        }
    }

    private void finished(ScanBatchResult result) {
        scanning.set(false);
        progress.set(0);
        refresh();
        String key = "scanProblem." + result.problem().name();
        String outcome = messages.format(key, Integer.toString(result.pages()));
        say(outcome, result.problem() != ScanBatchResult.Problem.NONE);
    }

    public void cancel() {
        cancelRequested.set(true);
    }

    public void rotate(Collection<String> ids, int quarterTurns) {
        edit(() -> batch.rotate(ids, quarterTurns));
    }

    public void delete(Collection<String> ids) {
        edit(() -> batch.delete(ids));
    }

    public void deleteBlankPages() {
        edit(() -> batch.delete(batch.blankPageIds()));
    }

    public void moveTo(Collection<String> ids, int index) {
        edit(() -> batch.move(ids, index));
    }

    public void reverse() {
        edit(batch::reverse);
    }

    /** Manual duplex: fronts were scanned first, then the flipped stack; backs come last page first. */
    public void interleave() {
        edit(() -> batch.interleave(true));
    }

    /** The selected pages belong to another document of the stack: they go into that component's file. */
    public void assign(Collection<String> ids, ScanTarget.Component component) {
        edit(() -> batch.assign(ids, component.code()));
    }

    /**
     * Crops the same margin from every side of the pages (punch holes, the scanner's dark border); recorded
     * like any edit, so undo brings the margin back.
     */
    public void trimMargins(Collection<String> ids, double millimetres) {
        edit(() -> {
            for (ScannedPage page : batch.pages()) {
                if (ids.contains(page.id())) {
                    RawPageRef raw = page.raw();
                    int margin = (int) Math.round(millimetres * raw.dpi() / 25.4);
                    if (millimetres <= 0 || 2 * margin >= Math.min(raw.width(), raw.height())) {
                        throw new IllegalArgumentException(messages.get("scan.error.margin"));
                    }
                    batch.crop(page.id(), new PageStep.Crop(margin, margin, raw.width() - 2 * margin,
                            raw.height() - 2 * margin));
                }
            }
        });
    }

    public void autoDeskew(Collection<String> ids) {
        edit(() -> batch.autoDeskew(ids));
    }

    public void undo() {
        edit(batch::undo);
    }

    public void redo() {
        edit(batch::redo);
    }

    private void edit(Runnable change) {
        if (scanning.get() || saving.get()) {
            return;
        }
        try {
            change.run();
        } catch (IllegalArgumentException | IllegalStateException e) {
            say(e.getMessage(), true);
        }
        refresh();
    }

    /**
     * Writes the pages, in order, into one PDF/A file per component (pages not assigned elsewhere go to the
     * component the panel was opened for).
     */
    public void save() {
        Map<String, List<ScannedPage>> byComponent = pagesByComponent();
        if (byComponent.isEmpty() || scanning.get() || saving.get()) {
            say(messages.get("scan.nothingToSave"), true);
            return;
        }
        saving.set(true);
        say(messages.get("scan.saving"), false);
        ColorMode output = profile.get().output();
        executor.submit(() -> write(byComponent, output), written -> {
            saving.set(false);
            int pageCount = byComponent.values().stream().mapToInt(List::size).sum();
            say(messages.format("scan.saved", Integer.toString(pageCount), Integer.toString(written.size())), false);
            written.forEach((code, file) -> onSaved.accept(code, List.of(file)));
        }, failure -> {
            saving.set(false);
            LOG.warn("Saving scanned pages failed: {}", failure.getClass().getName());
            say(messages.get("scan.error.save"), true);
        });
    }

    private Map<String, List<ScannedPage>> pagesByComponent() {
        Map<String, List<ScannedPage>> grouped = new LinkedHashMap<>();
        for (ScannedPage page : batch.pages()) {
            grouped.computeIfAbsent(page.componentCode().orElse(target.first()), code -> new ArrayList<>()).add(page);
        }
        return grouped;
    }

    private Map<String, StoredFileRef> write(Map<String, List<ScannedPage>> byComponent, ColorMode output)
            throws java.io.IOException {
        Map<String, StoredFileRef> written = new LinkedHashMap<>();
        for (Map.Entry<String, List<ScannedPage>> entry : byComponent.entrySet()) {
            written.put(entry.getKey(), files.write(entry.getValue(), output, metadata(target.component(entry.getKey()))));
        }
        return written;
    }

    private DocumentMetadata metadata(ScanTarget.Component component) {
        return DocumentMetadata.of(component.code(), component.name(), target.dossier(),
                new DigitisedDocumentCode(target.ownerIdentifier(), component.code()), DigitisedCodeFormat.DEFAULT,
                target.agencyName(), OffsetDateTime.ofInstant(clock.instant(), WorkCalendar.ZONE));
    }

    private void refresh() {
        List<ScannedPage> now = batch.pages();
        pages.setAll(java.util.stream.IntStream.range(0, now.size()).mapToObj(i -> thumb(now.get(i), i + 1)).toList());
    }

    private PageThumb thumb(ScannedPage page, int number) {
        BufferedImage picture = pictures.get(page.raw().id());
        int turns = page.transform().quarterTurns();
        BufferedImage shown = picture == null ? null : Thumbnails.turned(picture, turns);
        String owner = page.componentCode().filter(code -> !code.equals(target.first()))
                .map(code -> target.component(code).name() + " · ").orElse("");
        String note = owner + (page.flaggedBlank() ? messages.get("scan.page.blank")
                : page.analysis().filter(a -> Math.abs(a.skewDegrees()) >= PageBatch.MIN_DESKEW_DEGREES)
                        .map(a -> messages.format("scan.page.skew", String.format(java.util.Locale.ROOT, "%.1f",
                                a.skewDegrees()))).orElse(""));
        return new PageThumb(page.id(), number, shown, page.flaggedBlank(), note);
    }

    /** The panel is closing: its raw pages are no longer needed (saved files keep their own copy). */
    void discardRawPages() {
        for (RawPageRef raw : batch.rawPages()) {
            try {
                raws.discard(raw);
            } catch (RuntimeException e) {
                LOG.warn("A raw page could not be discarded: {}", e.getClass().getName());
            }
        }
        pictures.clear();
    }

    private void say(String text, boolean problem) {
        message.set(text);
        messageIsProblem.set(problem);
    }

    public String title() {
        return messages.format("scan.title", target.component(target.first()).name());
    }

    public ObservableList<ScanTarget.Component> components() {
        return components;
    }

    public boolean canUndo() {
        return batch.canUndo();
    }

    public ObservableList<ScannerDevice> devices() {
        return devices;
    }

    public ObjectProperty<ScannerDevice> deviceProperty() {
        return device;
    }

    public ObservableList<ScanProfile> profiles() {
        return profiles;
    }

    public ObjectProperty<ScanProfile> profileProperty() {
        return profile;
    }

    public ObservableList<PageThumb> pages() {
        return pages;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty scanningProperty() {
        return scanning;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty messageIsProblemProperty() {
        return messageIsProblem;
    }
}
