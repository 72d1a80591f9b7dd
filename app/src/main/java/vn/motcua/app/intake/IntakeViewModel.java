package vn.motcua.app.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.scan.ScanTarget;
import vn.motcua.app.task.Feedback;
import vn.motcua.app.task.TaskExecutor;
import vn.motcua.app.task.TaskExecutor.Cancellable;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.catalogue.CatalogueStore;
import vn.motcua.core.catalogue.Procedure;
import vn.motcua.core.citizen.CccdCard;
import vn.motcua.core.citizen.CccdQr;
import vn.motcua.core.citizen.CitizenId;
import vn.motcua.core.common.Parsed;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierOwner;
import vn.motcua.core.dossier.OwnerType;
import vn.motcua.core.dossier.ResultDelivery;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.core.intake.ChecklistItem;
import vn.motcua.core.intake.DossierIntake;
import vn.motcua.core.intake.DossierTickets;
import vn.motcua.core.intake.ServedTicket;
import vn.motcua.core.intake.IntakeDraft;
import vn.motcua.core.intake.IntakeOutcome;
import vn.motcua.core.intake.IntakeProblem;
import vn.motcua.core.intake.Provision;
import vn.motcua.core.intake.ReusableDocument;

/**
 * Taking a dossier in at the counter: find the procedure (accent-insensitive), identify the owner by the ID number
 * or the card's QR code, go through the checklist (reuse what is already digitised, attach scans, note paper),
 * then accept, request a supplement or refuse. Store work runs on the {@link TaskExecutor}; a refused step names
 * every problem and keeps everything typed.
 */
public final class IntakeViewModel {
    public static final Duration SEARCH_DEBOUNCE = Duration.ofMillis(200);
    static final int SEARCH_LIMIT = 50;

    private final DossierIntake intake;
    private final CatalogueStore catalogue;
    private final TaskExecutor executor;
    private final Feedback feedback;
    private final Messages messages;
    private final Clock clock;
    private final String clerk;
    private final String agencyName;
    private final IntakeForms forms;
    private final DossierTickets tickets;
    private final Optional<ServedTicket> served;
    private final String clerkName;
    private final ObjectProperty<StoredFileRef> issuedForm = new SimpleObjectProperty<>(this, "issuedForm");

    private final StringProperty procedureQuery = new SimpleStringProperty(this, "procedureQuery", "");
    private final ObservableList<ProcedureChoice> procedures = FXCollections.observableArrayList();
    private final StringProperty procedureTitle = new SimpleStringProperty(this, "procedureTitle", "");
    private final BooleanProperty organisation = new SimpleBooleanProperty(this, "organisation");
    private final StringProperty ownerId = new SimpleStringProperty(this, "ownerId", "");
    private final StringProperty ownerName = new SimpleStringProperty(this, "ownerName", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty ownerHint = new SimpleStringProperty(this, "ownerHint", "");
    private final StringProperty ownerIdError = new SimpleStringProperty(this, "ownerIdError", "");
    private final ObservableList<ChecklistRow> checklist = FXCollections.observableArrayList();
    private final IntegerProperty sets = new SimpleIntegerProperty(this, "sets", 1);
    private final ObjectProperty<ResultDelivery> delivery = new SimpleObjectProperty<>(this, "delivery",
            ResultDelivery.AT_COUNTER);
    private final ObjectProperty<Dossier> stored = new SimpleObjectProperty<>(this, "stored");

    private IntakeDraft draft;
    private Cancellable pendingSearch;

    /**
     * @param served the queue ticket being served at this counter, if any: dossiers stored here are linked to it
     */
    public IntakeViewModel(DossierIntake intake, CatalogueStore catalogue, IntakeForms forms, DossierTickets tickets,
            Optional<ServedTicket> served, TaskExecutor executor, Messages messages, Clock clock, String clerk,
            String clerkName, String agencyName) {
        this.tickets = Objects.requireNonNull(tickets);
        this.served = Objects.requireNonNull(served);
        this.agencyName = Objects.requireNonNull(agencyName);
        this.forms = Objects.requireNonNull(forms);
        this.clerkName = Objects.requireNonNull(clerkName);
        this.intake = Objects.requireNonNull(intake);
        this.catalogue = Objects.requireNonNull(catalogue);
        this.executor = Objects.requireNonNull(executor);
        this.feedback = new Feedback(executor);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        this.clerk = Objects.requireNonNull(clerk);
        procedureQuery.addListener((obs, old, now) -> scheduleSearch());
    }

    /** Lists the catalogue; call when the screen opens. */
    public void start() {
        searchProcedures();
    }

    private void scheduleSearch() {
        if (pendingSearch != null) {
            pendingSearch.cancel();
        }
        pendingSearch = executor.schedule(SEARCH_DEBOUNCE, this::searchProcedures);
    }

    /** Accent-insensitive: "cap ban sao" finds "Cấp bản sao…"; codes match too. */
    public void searchProcedures() {
        String text = procedureQuery.get().strip();
        executor.submit(() -> catalogue.search(text, SEARCH_LIMIT),
                found -> procedures.setAll(found.stream().map(this::choice).toList()),
                failure -> say(messages.get("intake.error.store"), true));
    }

    private ProcedureChoice choice(Procedure procedure) {
        String key = "processingTime." + procedure.processingTime().unit().name();
        return new ProcedureChoice(procedure, procedure.code().value(), procedure.name(),
                messages.format(key, Integer.toString(procedure.processingTime().amount())));
    }

    public void choose(ProcedureChoice choice) {
        draft = intake.start(choice.procedure());
        procedureTitle.set(choice.code() + " — " + choice.name());
        say("", false);
        stored.set(null);
        if (!ownerId.get().isBlank() && ownerIdError.get().isEmpty() && !ownerName.get().isBlank()) {
            identify();
        } else {
            showChecklist();
        }
    }

    /** Checks the identifier, then looks up the owner's digitised documents for every component. */
    public void identify() {
        if (draft == null) {
            say(messages.get("intake.error.noProcedure"), true);
            return;
        }
        Optional<DossierOwner> owner = owner();
        if (owner.isEmpty()) {
            return;
        }
        IntakeDraft current = draft;
        run(() -> intake.identify(current, owner.get()), identified -> {
            draft = identified;
            showChecklist();
            long offered = identified.checklist().stream().filter(item -> !item.reusable().isEmpty()).count();
            say(offered == 0 ? "" : messages.format("intake.reuse.offered", Long.toString(offered)), false);
        });
    }

    private Optional<DossierOwner> owner() {
        String id = ownerId.get().strip();
        ownerIdError.set("");
        if (organisation.get()) {
            if (id.isEmpty()) {
                ownerIdError.set(messages.get("intake.error.organisationId"));
                return Optional.empty();
            }
        } else {
            Parsed<CitizenId, ?> parsed = CitizenId.parse(id, today());
            if (parsed instanceof Parsed.Err<CitizenId, ?> err) {
                ownerIdError.set(messages.get(((vn.motcua.core.citizen.CitizenIdError) err.error()).messageKey()));
                return Optional.empty();
            }
            ownerHint.set(hint(((Parsed.Ok<CitizenId, ?>) parsed).value()));
        }
        if (ownerName.get().isBlank()) {
            ownerIdError.set(messages.get("intake.error.ownerName"));
            return Optional.empty();
        }
        return Optional.of(new DossierOwner(organisation.get() ? OwnerType.ORGANISATION : OwnerType.CITIZEN,
                ownerName.get().strip(), id, address.get().strip(), phone.get().strip(), email.get().strip()));
    }

    private String hint(CitizenId id) {
        return String.join(" · ", java.util.stream.Stream.of(
                id.gender().map(this::gender),
                id.birthYear().map(y -> messages.format("intake.owner.born", Integer.toString(y))),
                id.provinceName()).flatMap(Optional::stream).toList());
    }

    private String gender(vn.motcua.core.citizen.Gender gender) {
        String key = "gender." + gender.name();
        return messages.get(key);
    }

    /** The CCCD QR code read by a scanner: fills the owner's fields, then identifies them. */
    public void qrScanned(String text) {
        switch (CccdQr.parse(text, today())) {
            case Parsed.Ok<CccdCard, ?> ok -> {
                CccdCard card = ok.value();
                organisation.set(false);
                ownerId.set(card.id().value());
                ownerName.set(card.fullName());
                address.set(card.address());
                say(messages.get("intake.qr.read"), false);
                identify();
            }
            case Parsed.Err<CccdCard, ?> err -> say(messages.get(
                    ((vn.motcua.core.citizen.CccdQrError) err.error()).messageKey()), true);
        }
    }

    /** The QR reader reported a problem (bad encoding, too long, disconnected): a message key. */
    public void readerProblem(String messageKey) {
        say(messages.get(messageKey), true);
    }

    /** Uses the newest digitised copy the state holds instead of asking for paper. */
    public void reuse(String componentCode) {
        item(componentCode).flatMap(item -> item.reusable().stream().findFirst())
                .ifPresent(document -> provide(componentCode, new Provision.Reused(document)));
    }

    public void paperOnly(String componentCode) {
        provide(componentCode, new Provision.PaperOnly());
    }

    /** Files scanned for the component and already in the store; added to any scanned before. */
    public void attachScanned(String componentCode, List<StoredFileRef> files) {
        List<StoredFileRef> all = new java.util.ArrayList<>(item(componentCode)
                .filter(item -> item.provision() instanceof Provision.Scanned)
                .map(item -> ((Provision.Scanned) item.provision()).files()).orElse(List.of()));
        all.addAll(files);
        provide(componentCode, new Provision.Scanned(all));
    }

    /**
     * Before scanning a component: the owner must be identified (the file's document code carries their
     * identifier), and the dossier's code is drawn now because the file's metadata carries it too.
     */
    public void prepareScan(String componentCode, String componentName, Consumer<ScanTarget> ready) {
        if (draft == null || draft.owner().isEmpty()) {
            say(messages.get("intake.error.identifyBeforeScan"), true);
            return;
        }
        IntakeDraft current = draft;
        run(() -> intake.reserveCode(current), reserved -> {
            draft = draft.withCode(reserved.code().orElseThrow()); // keeps what the clerk did meanwhile
            List<ScanTarget.Component> components = draft.checklist().stream()
                    .map(item -> new ScanTarget.Component(item.required().code(), item.required().name())).toList();
            ready.accept(new ScanTarget(reserved.code().orElseThrow(), components, componentCode,
                    reserved.owner().orElseThrow().identifier(), agencyName));
        });
    }

    /** A scanned file's searchable copy is ready: the draft links the copy instead (on the UI thread). */
    public void fileReplaced(StoredFileRef original, StoredFileRef searchable) {
        if (draft == null) {
            return;
        }
        for (ChecklistItem item : draft.checklist()) {
            if (item.provision() instanceof Provision.Scanned scanned && scanned.files().contains(original)) {
                draft = draft.provide(item.required().code(), new Provision.Scanned(scanned.files().stream()
                        .map(file -> file.equals(original) ? searchable : file).toList()));
            }
        }
        showChecklist();
    }

    public void clearProvision(String componentCode) {
        provide(componentCode, new Provision.Missing());
    }

    private void provide(String componentCode, Provision provision) {
        if (draft != null) {
            draft = draft.provide(componentCode, provision);
            showChecklist();
        }
    }

    private Optional<ChecklistItem> item(String componentCode) {
        return draft == null ? Optional.empty() : draft.checklist().stream()
                .filter(item -> item.required().code().equals(componentCode)).findFirst();
    }

    public void accept() {
        decide(d -> intake.accept(d, clerk), "intake.done.accepted");
    }

    public void requestSupplement(String reason) {
        decide(d -> intake.requestSupplement(d, reason, clerk), "intake.done.supplement");
    }

    public void refuse(String reason) {
        decide(d -> intake.refuse(d, reason, clerk), "intake.done.refused");
    }

    /** What a decision left behind: the stored outcome and, when stored, its form and whether it printed. */
    private record Decided(IntakeOutcome outcome, Optional<IntakeForms.PrintableForm> form, String printProblem,
            boolean printed) {
    }

    private Decided decideAndIssue(java.util.function.Function<IntakeDraft, IntakeOutcome> step, IntakeDraft current) {
        IntakeOutcome outcome = step.apply(current);
        if (!(outcome instanceof IntakeOutcome.Stored stored)) {
            return new Decided(outcome, Optional.empty(), "", false);
        }
        List<vn.motcua.core.catalogue.RequiredComponent> missing = current.missing().stream()
                .map(ChecklistItem::required).toList();
        served.ifPresent(ticket -> tickets.link(stored.dossier().code(), ticket, clerk,
                java.time.LocalDateTime.ofInstant(clock.instant(), WorkCalendar.ZONE)));
        IntakeForms.PrintableForm form = forms.issue(stored.dossier(), current.procedure(), missing, clerkName, clerk);
        try {
            return new Decided(outcome, Optional.of(form), "", forms.print(form, stored.dossier().code().value()));
        } catch (Exception e) {
            return new Decided(outcome, Optional.of(form), e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage(), false);
        }
    }

    private void decide(java.util.function.Function<IntakeDraft, IntakeOutcome> step, String doneKey) {
        if (draft == null) {
            say(messages.get("intake.error.noProcedure"), true);
            return;
        }
        if (owner().isEmpty() && draft.owner().isEmpty()) {
            say(messages.get("intake.error.ownerMissing"), true);
            return;
        }
        IntakeDraft current = draft.withSets(Math.max(1, sets.get())).withDelivery(delivery.get());
        run(() -> decideAndIssue(step, current), decided -> {
            switch (decided.outcome()) {
                case IntakeOutcome.Stored done -> {
                    stored.set(done.dossier());
                    issuedForm.set(decided.form().map(IntakeForms.PrintableForm::file).orElse(null));
                    String result = messages.format(doneKey, done.dossier().code().value(), done.dossier().dueAt()
                            .map(messages::dateTime).orElse(messages.get("common.none")));
                    say(result + " " + printing(decided), !decided.printProblem().isEmpty());
                }
                case IntakeOutcome.Refused refused -> say(refused.problems().stream().map(this::describe)
                        .collect(Collectors.joining("\n")), true);
            }
        });
    }

    private String printing(Decided decided) {
        if (!decided.printProblem().isEmpty()) {
            return messages.format("intake.form.printFailed", decided.printProblem());
        }
        return messages.get(decided.printed() ? "intake.form.printed" : "intake.form.kept");
    }

    private String describe(IntakeProblem problem) {
        return messages.format(problem.kind().messageKey(), problem.subject());
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        feedback.run(work, done, failure -> messages.get("intake.error.store"));
    }

    private void showChecklist() {
        checklist.setAll(draft.checklist().stream().map(this::row).toList());
    }

    private ChecklistRow row(ChecklistItem item) {
        var required = item.required();
        return new ChecklistRow(required.code(), required.name(), messages.get(required.form().messageKey()),
                required.quantity(), required.mandatory(), provision(item.provision()), item.provision().provided(),
                reusable(item.reusable()), !item.reusable().isEmpty());
    }

    private String provision(Provision provision) {
        return switch (provision) {
            case Provision.Missing missing -> messages.get("intake.provision.missing");
            case Provision.Scanned scanned -> messages.format("intake.provision.scanned",
                    Integer.toString(scanned.files().size()));
            case Provision.Reused reused -> messages.format("intake.provision.reused",
                    reused.document().fromDossier().value());
            case Provision.PaperOnly paper -> messages.get("intake.provision.paper");
        };
    }

    private String reusable(List<ReusableDocument> documents) {
        return documents.isEmpty() ? "" : messages.format("intake.reusable", documents.getFirst().fromDossier().value(),
                messages.date(documents.getFirst().digitisedAt().toLocalDate()));
    }

    private void say(String text, boolean problem) {
        feedback.say(text, problem);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkCalendar.ZONE);
    }

    public StringProperty procedureQueryProperty() {
        return procedureQuery;
    }

    public ObservableList<ProcedureChoice> procedures() {
        return procedures;
    }

    public ReadOnlyStringProperty procedureTitleProperty() {
        return procedureTitle;
    }

    public BooleanProperty organisationProperty() {
        return organisation;
    }

    public StringProperty ownerIdProperty() {
        return ownerId;
    }

    public StringProperty ownerNameProperty() {
        return ownerName;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ReadOnlyStringProperty ownerHintProperty() {
        return ownerHint;
    }

    public ReadOnlyStringProperty ownerIdErrorProperty() {
        return ownerIdError;
    }

    public ObservableList<ChecklistRow> checklist() {
        return checklist;
    }

    public IntegerProperty setsProperty() {
        return sets;
    }

    public ObjectProperty<ResultDelivery> deliveryProperty() {
        return delivery;
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

    /** The PDF of the form issued with the decision (Mẫu 01/02/03), kept in the store; null before. */
    public ReadOnlyObjectProperty<StoredFileRef> issuedFormProperty() {
        return issuedForm;
    }

    /** The dossier once stored (accepted, waiting for a supplement or refused); null before. */
    public ReadOnlyObjectProperty<Dossier> storedProperty() {
        return stored;
    }
}
