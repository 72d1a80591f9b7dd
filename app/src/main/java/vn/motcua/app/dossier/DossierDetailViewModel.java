package vn.motcua.app.dossier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.intake.IntakeForms;
import vn.motcua.app.main.MaskedIdentifier;
import vn.motcua.app.scan.ScanTarget;
import vn.motcua.app.task.Feedback;
import vn.motcua.app.task.TaskExecutor;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.ResultDelivery;
import vn.motcua.core.dossier.ResultFile;
import vn.motcua.core.dossier.ResultSignature;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.core.intake.DossierIntake;
import vn.motcua.core.intake.IntakeOutcome;
import vn.motcua.core.sync.DossierSyncState;

/**
 * One dossier after intake: its story (status changes, extensions, forms issued) and the steps the counter takes
 * next — hand it to the handling agency, take the result back, extend a late one with an apology (Mẫu 04), stop
 * it, return the result to the citizen, print the process control sheet. Each step is one store transaction on
 * the {@link TaskExecutor}, followed by its form.
 */
public final class DossierDetailViewModel {
    /** The component code result scans carry in their metadata ("KQ": kết quả). */
    static final String RESULT_COMPONENT = "KQ";
    private static final long MAX_RESULT_BYTES = 200L * 1024 * 1024;

    private final DossierCode code;
    private final DossierRecords records;
    private final DossierIntake steps;
    private final IntakeForms forms;
    private final TaskExecutor executor;
    private final Feedback feedback;
    private final Messages messages;
    private final Clock clock;
    private final String clerk;
    private final String clerkName;
    private final Function<DossierCode, Optional<DossierSyncState>> syncState;
    private final java.util.function.Consumer<DossierCode> resultReturned;
    private final StringProperty sync = new SimpleStringProperty(this, "sync", "");

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty procedure = new SimpleStringProperty(this, "procedure", "");
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty dates = new SimpleStringProperty(this, "dates", "");
    private final BooleanProperty late = new SimpleBooleanProperty(this, "late");
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> papers = FXCollections.observableArrayList();
    private final BooleanProperty canStartProcessing = new SimpleBooleanProperty(this, "canStartProcessing");
    private final BooleanProperty canFinishProcessing = new SimpleBooleanProperty(this, "canFinishProcessing");
    private final BooleanProperty canExtend = new SimpleBooleanProperty(this, "canExtend");
    private final BooleanProperty canStop = new SimpleBooleanProperty(this, "canStop");
    private final BooleanProperty canReturn = new SimpleBooleanProperty(this, "canReturn");
    private final BooleanProperty canAttachResult = new SimpleBooleanProperty(this, "canAttachResult");

    private Dossier dossier;

    public DossierDetailViewModel(DossierCode code, DossierRecords records, DossierIntake steps, IntakeForms forms,
            Function<DossierCode, Optional<DossierSyncState>> syncState, TaskExecutor executor, Messages messages,
            Clock clock, String clerk, String clerkName) {
        this(code, records, steps, forms, syncState, executor, messages, clock, clerk, clerkName, returned -> { });
    }

    /** @param resultReturned told (on the UI thread) when the result was handed back: the counter arms its keypad */
    public DossierDetailViewModel(DossierCode code, DossierRecords records, DossierIntake steps, IntakeForms forms,
            Function<DossierCode, Optional<DossierSyncState>> syncState, TaskExecutor executor, Messages messages,
            Clock clock, String clerk, String clerkName, java.util.function.Consumer<DossierCode> resultReturned) {
        this.resultReturned = Objects.requireNonNull(resultReturned);
        this.syncState = Objects.requireNonNull(syncState);
        this.code = Objects.requireNonNull(code);
        this.records = Objects.requireNonNull(records);
        this.steps = Objects.requireNonNull(steps);
        this.forms = Objects.requireNonNull(forms);
        this.executor = Objects.requireNonNull(executor);
        this.feedback = new Feedback(executor);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        this.clerk = Objects.requireNonNull(clerk);
        this.clerkName = Objects.requireNonNull(clerkName);
        title.set(code.value());
    }

    private record Story(Dossier dossier, List<HistoryRow> history, List<HistoryRow> papers,
            Optional<DossierSyncState> sync) {
    }

    /** Reads the dossier and its story again. */
    public void load() {
        executor.submit(this::read, this::show, failure -> say(messages.get("intake.error.store"), true));
    }

    private record Dated(LocalDateTime at, HistoryRow row) {
    }

    private Story read() {
        Dossier found = records.dossiers().find(code).orElseThrow();
        List<Dated> story = new java.util.ArrayList<>();
        found.history().forEach(change -> story.add(new Dated(change.at(), new HistoryRow(
                messages.dateTime(change.at()), messages.get(change.to().messageKey()), change.actor(), change.note()))));
        records.extensions().of(code).forEach(change -> story.add(new Dated(change.at(), new HistoryRow(
                messages.dateTime(change.at()), messages.format("dossier.history.extended",
                        messages.dateTime(change.to())), change.actor(), change.reason()))));
        story.sort(java.util.Comparator.comparing(Dated::at));
        List<HistoryRow> paper = new java.util.ArrayList<>(records.issued().of(code).stream().map(form -> new HistoryRow(
                messages.dateTime(form.issuedAt()), formName(form.kind()), form.issuedBy(), form.file().fileName()))
                .toList());
        records.results().of(code).forEach(result -> paper.add(resultRow(result)));
        return new Story(found, story.stream().map(Dated::row).toList(), paper, syncState.apply(code));
    }

    private static final java.util.Map<String, String> FORM_NAMES = java.util.Map.of(
            "mau-01", "dossier.form.receipt",
            "mau-02", "dossier.form.supplement",
            "mau-03", "dossier.form.refusal",
            "mau-04", "dossier.form.apology",
            "thong-bao-dung", "dossier.form.stop",
            "phieu-kiem-soat", "dossier.form.controlSheet");

    private String formName(String kind) {
        String key = FORM_NAMES.get(kind);
        return key == null ? kind : messages.get(key);
    }

    private void show(Story story) {
        dossier = story.dossier();
        procedure.set(dossier.procedureCode().value() + " — " + dossier.procedureName());
        owner.set(dossier.owner().name() + " · " + MaskedIdentifier.of(dossier.owner().identifier()));
        status.set(messages.get(dossier.status().messageKey()));
        late.set(steps.isLate(dossier));
        dates.set(messages.format("dossier.dates", messages.dateTime(dossier.receivedAt()),
                dossier.dueAt().map(messages::dateTime).orElse(messages.get("common.none")))
                + (late.get() ? " · " + messages.get("dossier.late") : ""));
        history.setAll(story.history());
        sync.set(story.sync().map(this::describe).orElse(""));
        papers.setAll(story.papers());
        DossierStatus now = dossier.status();
        canStartProcessing.set(now == DossierStatus.RECEIVED);
        canFinishProcessing.set(now == DossierStatus.PROCESSING);
        canExtend.set(!now.isFinal() && now != DossierStatus.PROCESSED && dossier.dueAt().isPresent());
        canStop.set(now.next().contains(DossierStatus.STOPPED));
        canReturn.set(now == DossierStatus.PROCESSED);
        canAttachResult.set(now == DossierStatus.PROCESSING || now == DossierStatus.PROCESSED
                || now == DossierStatus.RESULT_RETURNED);
    }

    private String describe(DossierSyncState state) {
        String key = "syncDelivery." + state.delivery().name();
        String text = messages.get(key) + (state.message().isEmpty() ? "" : " — " + state.message());
        return messages.format("dossier.sync", text);
    }

    public void startProcessing(String handlingAgency) {
        step(d -> steps.startProcessing(d, handlingAgency, clerk), "dossier.done.processing", stored -> Optional.empty());
    }

    public void finishProcessing() {
        step(d -> steps.finishProcessing(d, clerk), "dossier.done.processed", stored -> Optional.empty());
    }

    /** A new due time with the apology (Mẫu 04) printed for the citizen. */
    public void extend(LocalDateTime newDue, String reason) {
        Dossier before = dossier;
        step(d -> steps.extend(d, newDue, reason, clerk), "dossier.done.extended",
                stored -> Optional.of(forms.apology(before, newDue, reason, clerkName, clerk)));
    }

    public void stop(String reason) {
        step(d -> steps.stop(d, reason, clerk), "dossier.done.stopped",
                stored -> Optional.of(forms.stopNotice(stored, clerkName, clerk)));
    }

    /** Status 10: the result handed over; {@code collectedBy} is who took it (or the post's receipt). */
    public void returnResult(ResultDelivery how, String collectedBy) {
        step(d -> steps.returnResult(d, how, collectedBy, clerk), "dossier.done.returned", stored -> Optional.empty(),
                () -> resultReturned.accept(code));
    }

    /** How the citizen asked at intake to receive the result: what the return dialog offers first. */
    public ResultDelivery registeredDelivery() {
        return dossier == null ? ResultDelivery.AT_COUNTER : dossier.delivery();
    }

    /**
     * Keeps the handling agency's result file (PDF, JPEG or PNG) with the dossier. A PDF's digital signatures are
     * checked first: a broken one is refused, one changed after signing is kept with a warning.
     */
    public void attachResultFile(Path file) {
        if (dossier == null) {
            return;
        }
        feedback.run(() -> attach(file), signature -> {
            say(messages.format("dossier.result.attached", describe(signature)),
                    signature.state() == ResultSignature.State.CHANGED_AFTER_SIGNING);
            load();
        }, this::failureText);
    }

    private ResultSignature attach(Path file) throws IOException {
        ResultUpload upload = ResultUpload.read(file, MAX_RESULT_BYTES);
        if (upload.problem() != null) {
            throw new Refusal(List.of(messages.format(upload.problem(), file.getFileName().toString())));
        }
        ResultSignature signature = upload.signature();
        if (signature.state() == ResultSignature.State.BROKEN) {
            throw new Refusal(List.of(messages.get("dossier.result.brokenSignature")));
        }
        StoredFileRef stored = records.files().put(new ByteArrayInputStream(upload.bytes()), upload.mediaType(),
                file.getFileName().toString());
        records.results().attach(code, new ResultFile(stored, ResultFile.Source.RECEIVED_FILE, signature, now(), clerk));
        return signature;
    }

    /** The scan panel saved the paper result: kept as the dossier's result, unsigned. */
    public void resultScanned(List<StoredFileRef> files) {
        run(() -> {
            for (StoredFileRef file : files) {
                records.results().attach(code, new ResultFile(file, ResultFile.Source.SCANNED,
                        ResultSignature.unsigned(), now(), clerk));
            }
            return messages.get("dossier.result.scanned");
        }, text -> {
            say(text, false);
            load();
        });
    }

    /** What a scan of the paper result becomes: one file of the dossier, under the result's component code. */
    public Optional<ScanTarget> resultScanTarget(String agencyName) {
        return Optional.ofNullable(dossier).map(d -> ScanTarget.single(code, RESULT_COMPONENT,
                messages.get("dossier.result.scanName"), d.owner().identifier(), agencyName));
    }

    private HistoryRow resultRow(ResultFile result) {
        String kind = "dossier.result.source." + result.source().name();
        return new HistoryRow(messages.dateTime(result.attachedAt()), messages.get(kind), result.attachedBy(),
                describe(result.signature()) + " · " + result.file().fileName());
    }

    private String describe(ResultSignature signature) {
        String key = "resultSignature." + signature.state().name();
        return messages.format(key, signature.signer());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), WorkCalendar.ZONE);
    }

    public void printControlSheet() {
        if (dossier == null) {
            return;
        }
        Dossier current = dossier;
        run(() -> printing(forms.controlSheet(current, clerk)), text -> {
            say(messages.get("dossier.done.controlSheet") + " " + text, false);
            load();
        });
    }

    private void step(Function<Dossier, IntakeOutcome> action, String doneKey,
            Function<Dossier, Optional<IntakeForms.PrintableForm>> form) {
        step(action, doneKey, form, () -> { });
    }

    private void step(Function<Dossier, IntakeOutcome> action, String doneKey,
            Function<Dossier, Optional<IntakeForms.PrintableForm>> form, Runnable afterDone) {
        if (dossier == null) {
            return;
        }
        Dossier current = dossier;
        run(() -> {
            IntakeOutcome outcome = action.apply(current);
            if (outcome instanceof IntakeOutcome.Stored done) {
                return messages.get(doneKey) + form.apply(done.dossier()).map(f -> " " + printing(f)).orElse("");
            }
            IntakeOutcome.Refused refused = (IntakeOutcome.Refused) outcome;
            throw new Refusal(refused.problems().stream()
                    .map(p -> messages.format(p.kind().messageKey(), p.subject())).toList());
        }, text -> {
            say(text, false);
            afterDone.run();
            load();
        });
    }

    /** A step the rules refused: not an error, shown as the problems' texts. */
    private static final class Refusal extends RuntimeException {
        private final List<String> texts;

        Refusal(List<String> texts) {
            super(null, null, false, false);
            this.texts = texts;
        }
    }

    private String printing(IntakeForms.PrintableForm form) {
        try {
            return messages.get(forms.print(form, code.value()) ? "intake.form.printed" : "intake.form.kept");
        } catch (Exception e) {
            return messages.format("intake.form.printFailed", e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage());
        }
    }

    private void run(Callable<String> work, java.util.function.Consumer<String> done) {
        feedback.run(work, done, this::failureText);
    }

    private String failureText(Throwable failure) {
        return failure instanceof Refusal refusal ? String.join("\n", refusal.texts)
                : messages.get("intake.error.store");
    }

    private void say(String text, boolean problem) {
        feedback.say(text, problem);
    }

    /** The new due time the extension dialog offers (one working day after the later of due and now). */
    public LocalDateTime suggestedNewDue() {
        return dossier == null ? LocalDateTime.ofInstant(clock.instant(), WorkCalendar.ZONE)
                : steps.suggestedNewDue(dossier);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty procedureProperty() {
        return procedure;
    }

    public ReadOnlyStringProperty ownerProperty() {
        return owner;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty datesProperty() {
        return dates;
    }

    /** "Đồng bộ với tỉnh: đã gửi", or empty when the dossier was never queued. */
    public ReadOnlyStringProperty syncProperty() {
        return sync;
    }

    public ReadOnlyBooleanProperty lateProperty() {
        return late;
    }

    public ObservableList<HistoryRow> history() {
        return history;
    }

    public ObservableList<HistoryRow> papers() {
        return papers;
    }

    public ReadOnlyBooleanProperty canStartProcessingProperty() {
        return canStartProcessing;
    }

    public ReadOnlyBooleanProperty canFinishProcessingProperty() {
        return canFinishProcessing;
    }

    public ReadOnlyBooleanProperty canExtendProperty() {
        return canExtend;
    }

    public ReadOnlyBooleanProperty canStopProperty() {
        return canStop;
    }

    public ReadOnlyBooleanProperty canReturnProperty() {
        return canReturn;
    }

    public ReadOnlyBooleanProperty canAttachResultProperty() {
        return canAttachResult;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return feedback.busyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return feedback.messageProperty();
    }

    public ReadOnlyBooleanProperty messageIsProblemProperty() {
        return feedback.problemProperty();
    }
}
