package vn.motcua.core.intake;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.catalogue.Procedure;
import vn.motcua.core.dossier.Channel;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCodeIssuer;
import vn.motcua.core.dossier.DossierOwner;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.DossierStore;
import vn.motcua.core.dossier.DueDateChange;
import vn.motcua.core.dossier.DueDateChanges;
import vn.motcua.core.dossier.ResultDelivery;
import vn.motcua.core.dossier.StatusChange;

/**
 * The clerk's intake and return steps (DOMAIN §1–5): checklist with reuse look-up, accept with the due time on
 * the working calendar, supplement request (clock stopped), refusal with a reason, and returning the result.
 * Every step that stores writes the whole dossier with its new status row in one transaction; a code is drawn
 * only for a dossier about to be stored.
 */
public final class DossierIntake {
    private final DossierStore dossiers;
    private final DossierCodeIssuer codes;
    private final DigitisedDocuments documents;
    private final DueDateChanges extensions;
    private final WorkCalendar calendar;
    private final Clock clock;

    public DossierIntake(DossierStore dossiers, DossierCodeIssuer codes, DigitisedDocuments documents,
            DueDateChanges extensions, WorkCalendar calendar, Clock clock) {
        this.extensions = Objects.requireNonNull(extensions);
        this.dossiers = Objects.requireNonNull(dossiers);
        this.codes = Objects.requireNonNull(codes);
        this.documents = Objects.requireNonNull(documents);
        this.calendar = Objects.requireNonNull(calendar);
        this.clock = Objects.requireNonNull(clock);
    }

    public IntakeDraft start(Procedure procedure) {
        List<ChecklistItem> checklist = procedure.components().stream()
                .map(required -> new ChecklistItem(required, new Provision.Missing(), List.of())).toList();
        return new IntakeDraft(procedure, Optional.empty(), checklist, 1, ResultDelivery.AT_COUNTER, Optional.empty());
    }

    /**
     * Draws the dossier's code now, before acceptance, because the scanned files carry it. A draft abandoned
     * afterwards leaves a gap in the day's numbers, never a duplicate.
     */
    public IntakeDraft reserveCode(IntakeDraft draft) {
        return draft.code().isPresent() ? draft : draft.withCode(codes.next());
    }

    /** Sets the owner and looks up, per component, the digitised copies already held for them. */
    public IntakeDraft identify(IntakeDraft draft, DossierOwner owner) {
        List<ChecklistItem> lookedUp = draft.checklist().stream()
                .map(item -> new ChecklistItem(item.required(), item.provision(),
                        documents.find(owner.identifier(), item.required().code())))
                .toList();
        return draft.withOwner(owner, lookedUp);
    }

    /** Status 2 (Được tiếp nhận) with the due time from the procedure's legal processing time. */
    public IntakeOutcome accept(IntakeDraft draft, String clerk) {
        List<IntakeProblem> problems = new ArrayList<>(ownerProblems(draft));
        draft.missing().forEach(item -> problems.add(
                new IntakeProblem(IntakeProblem.Kind.COMPONENT_MISSING, item.required().name())));
        if (!problems.isEmpty()) {
            return new IntakeOutcome.Refused(problems);
        }
        LocalDateTime now = now();
        LocalDateTime due = calendar.dueTime(now, draft.procedure().processingTime());
        return store(open(draft, DossierStatus.RECEIVED, now, Optional.of(due), clerk, ""));
    }

    /**
     * Status 5 (Yêu cầu bổ sung, Mẫu 02): the dossier is recorded with what was provided and the reason; the legal
     * clock does not start until the supplement is complete.
     */
    public IntakeOutcome requestSupplement(IntakeDraft draft, String reason, String clerk) {
        List<IntakeProblem> problems = new ArrayList<>(ownerProblems(draft));
        if (reason.isBlank()) {
            problems.add(IntakeProblem.of(IntakeProblem.Kind.REASON_REQUIRED));
        }
        if (draft.missing().isEmpty() && reason.isBlank()) {
            problems.add(IntakeProblem.of(IntakeProblem.Kind.NOTHING_MISSING));
        }
        if (!problems.isEmpty()) {
            return new IntakeOutcome.Refused(problems);
        }
        return store(open(draft, DossierStatus.SUPPLEMENT_REQUESTED, now(), Optional.empty(), clerk, reason.strip()));
    }

    /** Status 3 (Không được tiếp nhận, Mẫu 03): always with the reason the citizen is given in writing. */
    public IntakeOutcome refuse(IntakeDraft draft, String reason, String clerk) {
        List<IntakeProblem> problems = new ArrayList<>(ownerProblems(draft));
        if (reason.isBlank()) {
            problems.add(IntakeProblem.of(IntakeProblem.Kind.REASON_REQUIRED));
        }
        if (!problems.isEmpty()) {
            return new IntakeOutcome.Refused(problems);
        }
        return store(open(draft, DossierStatus.NOT_RECEIVED, now(), Optional.empty(), clerk, reason.strip()));
    }

    /**
     * The supplement arrived: a dossier waiting since intake is received now with a fresh due time from the
     * procedure's legal time; one paused during processing resumes with its old due time plus the office time it
     * was paused.
     */
    public IntakeOutcome completeSupplement(Dossier dossier, Procedure procedure, String clerk) {
        if (dossier.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
            return wrongStatus(dossier);
        }
        LocalDateTime now = now();
        StatusChange paused = dossier.history().getLast();
        Dossier resumed = dossier.dueAt()
                .map(due -> dossier.moveTo(DossierStatus.PROCESSING, now, clerk, "")
                        .withDueAt(calendar.resume(due, paused.at(), now)))
                .orElseGet(() -> dossier.moveTo(DossierStatus.RECEIVED, now, clerk, "")
                        .withDueAt(calendar.dueTime(now, procedure.processingTime())));
        return store(resumed);
    }

    /**
     * Status 10 (Đã trả kết quả): who collected the result at the counter, or the post's receipt number when it
     * was sent by public post; the way it went replaces the one registered at intake.
     */
    public IntakeOutcome returnResult(Dossier dossier, ResultDelivery how, String collectedBy, String clerk) {
        if (dossier.status() != DossierStatus.PROCESSED) {
            return wrongStatus(dossier);
        }
        if (collectedBy.isBlank()) {
            return new IntakeOutcome.Refused(List.of(IntakeProblem.of(IntakeProblem.Kind.REASON_REQUIRED)));
        }
        return store(dossier.withDelivery(how).moveTo(DossierStatus.RESULT_RETURNED, now(), clerk, collectedBy.strip()));
    }

    /** Status 4: handed to the agency that handles it (recorded with who took it). */
    public IntakeOutcome startProcessing(Dossier dossier, String handledBy, String clerk) {
        return move(dossier, DossierStatus.RECEIVED, DossierStatus.PROCESSING, clerk, handledBy);
    }

    /** Status 9: the handling agency sent the result back to the counter. */
    public IntakeOutcome finishProcessing(Dossier dossier, String clerk) {
        return move(dossier, DossierStatus.PROCESSING, DossierStatus.PROCESSED, clerk, "");
    }

    /** Status 8 (Thông báo dừng giải quyết): always with the reason given to the citizen. */
    public IntakeOutcome stop(Dossier dossier, String reason, String clerk) {
        if (reason.isBlank()) {
            return new IntakeOutcome.Refused(List.of(IntakeProblem.of(IntakeProblem.Kind.REASON_REQUIRED)));
        }
        if (!dossier.status().next().contains(DossierStatus.STOPPED)) {
            return wrongStatus(dossier);
        }
        return store(dossier.moveTo(DossierStatus.STOPPED, now(), clerk, reason.strip()));
    }

    /**
     * A late dossier gets a new due time with an apology (Mẫu 04). The legal due time stays on record
     * ({@link DueDateChanges}), so timeliness is still judged against it.
     */
    public IntakeOutcome extend(Dossier dossier, LocalDateTime newDue, String reason, String clerk) {
        if (reason.isBlank()) {
            return new IntakeOutcome.Refused(List.of(IntakeProblem.of(IntakeProblem.Kind.REASON_REQUIRED)));
        }
        if (dossier.status().isFinal() || dossier.status() == DossierStatus.PROCESSED) {
            return wrongStatus(dossier);
        }
        if (dossier.dueAt().map(due -> !newDue.isAfter(due)).orElse(false) || !newDue.isAfter(now())) {
            return new IntakeOutcome.Refused(List.of(IntakeProblem.of(IntakeProblem.Kind.DUE_NOT_LATER)));
        }
        Dossier extended = dossier.withDueAt(newDue);
        extensions.extend(extended, new DueDateChange(dossier.dueAt(), newDue, now(), clerk, reason.strip()));
        return new IntakeOutcome.Stored(extended);
    }

    /** The new due time an extension offers by default: one working day after the later of the due time and now. */
    public LocalDateTime suggestedNewDue(Dossier dossier) {
        LocalDateTime now = now();
        LocalDateTime due = dossier.dueAt().orElse(now);
        return calendar.plusWorkingTime(due.isAfter(now) ? due : now, java.time.Duration.ofHours(8));
    }

    private IntakeOutcome move(Dossier dossier, DossierStatus from, DossierStatus to, String clerk, String note) {
        if (dossier.status() != from) {
            return wrongStatus(dossier);
        }
        return store(dossier.moveTo(to, now(), clerk, note.strip()));
    }

    /** Past its due time and not finished: the office owes the citizen an apology and a new date (Mẫu 04). */
    public boolean isLate(Dossier dossier) {
        return !dossier.status().isFinal() && dossier.status() != DossierStatus.PROCESSED
                && dossier.dueAt().map(now()::isAfter).orElse(false);
    }

    private IntakeOutcome wrongStatus(Dossier dossier) {
        return new IntakeOutcome.Refused(List.of(
                new IntakeProblem(IntakeProblem.Kind.WRONG_STATUS, dossier.status().name())));
    }

    private static List<IntakeProblem> ownerProblems(IntakeDraft draft) {
        return draft.owner().isPresent() ? List.of() : List.of(IntakeProblem.of(IntakeProblem.Kind.OWNER_MISSING));
    }

    private Dossier open(IntakeDraft draft, DossierStatus status, LocalDateTime at, Optional<LocalDateTime> due,
            String clerk, String note) {
        Procedure procedure = draft.procedure();
        Dossier opened = Dossier.open(draft.code().orElseGet(codes::next), procedure.code(), procedure.name(), draft.owner().orElseThrow(),
                draft.checklist().stream().map(ChecklistItem::toComponent).toList(), procedure.fees(), draft.sets(),
                Channel.COUNTER, draft.delivery(), at, due, clerk, status);
        return note.isEmpty() ? opened : withFirstNote(opened, note);
    }

    private static Dossier withFirstNote(Dossier dossier, String note) {
        StatusChange first = dossier.history().getFirst();
        return new Dossier(dossier.code(), dossier.procedureCode(), dossier.procedureName(), dossier.owner(),
                dossier.components(), dossier.fees(), dossier.sets(), dossier.channel(), dossier.delivery(),
                dossier.receivedAt(), dossier.dueAt(), dossier.receivedBy(),
                List.of(new StatusChange(first.from(), first.to(), first.at(), first.actor(), note)));
    }

    private IntakeOutcome store(Dossier dossier) {
        dossiers.save(dossier);
        return new IntakeOutcome.Stored(dossier);
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), WorkCalendar.ZONE);
    }
}
