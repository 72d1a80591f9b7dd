package vn.motcua.store.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.calendar.ProcessingTime;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.catalogue.DocumentForm;
import vn.motcua.core.catalogue.Fee;
import vn.motcua.core.catalogue.FieldOfWork;
import vn.motcua.core.catalogue.Procedure;
import vn.motcua.core.catalogue.ProcedureCode;
import vn.motcua.core.catalogue.RequiredComponent;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCodeIssuer;
import vn.motcua.core.dossier.DossierComponent;
import vn.motcua.core.dossier.DossierOwner;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.ResultDelivery;
import vn.motcua.core.dossier.OwnerType;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.dossier.StoredFileRef;
import vn.motcua.core.intake.DossierIntake;
import vn.motcua.core.intake.IntakeDraft;
import vn.motcua.core.intake.IntakeOutcome;
import vn.motcua.core.intake.IntakeProblem;
import vn.motcua.core.intake.Provision;
import vn.motcua.core.intake.ReusableDocument;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.queue.MutableClock;

/** Intake on a real store: reuse look-up and flags, due times, supplement, refusal, lateness and return. */
class DossierIntakeTest {
    /** Monday 03/11/2025 08:00, an ordinary working week. */
    static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2025, 11, 3, 8, 0);
    static final AgencyCode AGENCY = new AgencyCode("000.00.12.H62");
    static final Procedure COPY_OF_DIPLOMA = new Procedure(new ProcedureCode("1.005129"),
            "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", new FieldOfWork("G09", "Giáo dục và Đào tạo"),
            new ProcessingTime(3, ProcessingTime.Unit.WORKING_DAYS),
            List.of(new RequiredComponent("TP01", "Đơn đề nghị cấp bản sao", DocumentForm.ORIGINAL, 1, true),
                    new RequiredComponent("TP02", "Căn cước công dân", DocumentForm.PHOTOCOPY, 1, true),
                    new RequiredComponent("TP03", "Giấy ủy quyền", DocumentForm.ORIGINAL, 1, false)),
            List.of(new Fee("Phí cấp bản sao", 3_000)), List.of(), false);
    static final DossierOwner NHUNG = new DossierOwner(OwnerType.CITIZEN, "Nguyễn Thị Hồng Nhung", "079301000123",
            "Phường Bến Thành, TP.HCM", "0912345678", "");

    @TempDir
    Path directory;

    private final MutableClock clock = new MutableClock(MONDAY_MORNING);
    private OfflineStore store;
    private DossierIntake intake;

    @BeforeEach
    void open() {
        store = OfflineStore.open(directory, SequenceBlock.WHOLE_RANGE);
        intake = new DossierIntake(store.dossiers(), new DossierCodeIssuer(AGENCY, store.dossierSequence(), clock),
                store.digitisedDocuments(), store.dueDateChanges(), WorkCalendar.vietnam(), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private StoredFileRef scanned(String text) {
        return store.files().put(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "application/pdf",
                text + ".pdf");
    }

    private IntakeDraft complete() {
        return intake.identify(intake.start(COPY_OF_DIPLOMA), NHUNG)
                .provide("TP01", new Provision.Scanned(List.of(scanned("don-de-nghi"))))
                .provide("TP02", new Provision.Scanned(List.of(scanned("cccd"))));
    }

    private static Dossier stored(IntakeOutcome outcome) {
        assertThat(outcome).isInstanceOf(IntakeOutcome.Stored.class);
        return ((IntakeOutcome.Stored) outcome).dossier();
    }

    @Test
    void acceptingStoresTheDossierWithACodeTheDueTimeAndTheDigitisedFlags() {
        Dossier dossier = stored(intake.accept(complete(), "lan.nt"));

        assertThat(dossier.code().value()).isEqualTo("000.00.12.H62-251103-0001");
        assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(dossier.dueAt()).contains(LocalDateTime.of(2025, 11, 6, 8, 0));
        assertThat(dossier.fees()).extracting(Fee::amountVnd).containsExactly(3_000L);
        assertThat(dossier.components()).extracting(DossierComponent::code, DossierComponent::digitised,
                DossierComponent::reused).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TP01", true, false),
                        org.assertj.core.groups.Tuple.tuple("TP02", true, false),
                        org.assertj.core.groups.Tuple.tuple("TP03", false, false));
        assertThat(store.dossiers().find(dossier.code())).contains(dossier);
    }

    @Test
    void aLaterDossierOfTheSameOwnerOffersTheDigitisedCopyAndRecordsItsReuse() {
        Dossier first = stored(intake.accept(complete(), "lan.nt"));
        clock.advance(Duration.ofDays(2));

        IntakeDraft next = intake.identify(intake.start(COPY_OF_DIPLOMA), NHUNG);
        List<ReusableDocument> offered = next.checklist().get(1).reusable();
        assertThat(offered).singleElement().satisfies(document -> {
            assertThat(document.fromDossier()).isEqualTo(first.code());
            assertThat(document.componentCode()).isEqualTo("TP02");
            assertThat(document.file()).isEqualTo(first.components().get(1).files().getFirst());
        });
        assertThat(next.checklist().get(2).reusable()).isEmpty();

        Dossier second = stored(intake.accept(next
                .provide("TP01", new Provision.Scanned(List.of(scanned("don-2"))))
                .provide("TP02", new Provision.Reused(offered.getFirst())), "lan.nt"));

        DossierComponent reused = second.components().get(1);
        assertThat(reused.reused()).isTrue();
        assertThat(reused.digitised()).isTrue();
        assertThat(reused.fromNationalStore()).isFalse();
        assertThat(reused.files()).containsExactly(offered.getFirst().file());
        IntakeDraft third = intake.identify(intake.start(COPY_OF_DIPLOMA), NHUNG);
        assertThat(third.checklist().get(1).reusable()).as("the same file is offered once").hasSize(1);
        assertThat(intake.identify(intake.start(COPY_OF_DIPLOMA), new DossierOwner(OwnerType.CITIZEN, "Người khác",
                "001203004156", "", "", "")).checklist().get(1).reusable()).as("never another owner's").isEmpty();
    }

    @Test
    void aMissingMandatoryComponentOrOwnerIsNamedAndNothingIsStored() {
        IntakeOutcome outcome = intake.accept(intake.start(COPY_OF_DIPLOMA)
                .provide("TP01", new Provision.PaperOnly()), "lan.nt");

        assertThat(outcome).isEqualTo(new IntakeOutcome.Refused(List.of(
                new IntakeProblem(IntakeProblem.Kind.OWNER_MISSING, ""),
                new IntakeProblem(IntakeProblem.Kind.COMPONENT_MISSING, "Căn cước công dân"))));
        assertThat(store.dossiers().count()).isZero();
    }

    @Test
    void aSupplementRequestedAtIntakeStartsTheClockOnlyWhenComplete() {
        IntakeDraft partial = intake.identify(intake.start(COPY_OF_DIPLOMA), NHUNG)
                .provide("TP01", new Provision.Scanned(List.of(scanned("don"))));
        assertThat(intake.requestSupplement(partial, " ", "lan.nt")).isInstanceOf(IntakeOutcome.Refused.class);

        Dossier waiting = stored(intake.requestSupplement(partial, "Thiếu bản chụp căn cước công dân", "lan.nt"));
        assertThat(waiting.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(waiting.dueAt()).isEmpty();
        assertThat(waiting.history().getFirst().note()).isEqualTo("Thiếu bản chụp căn cước công dân");

        clock.set(LocalDateTime.of(2025, 11, 5, 14, 0));
        Dossier received = stored(intake.completeSupplement(waiting, COPY_OF_DIPLOMA, "lan.nt"));
        assertThat(received.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(received.dueAt()).contains(LocalDateTime.of(2025, 11, 10, 14, 0));
    }

    @Test
    void aSupplementDuringProcessingAddsOnlyTheOfficeTimePaused() {
        Dossier accepted = stored(intake.accept(complete(), "lan.nt"));
        Dossier paused = accepted.moveTo(DossierStatus.PROCESSING, LocalDateTime.of(2025, 11, 3, 9, 0), "xl", "")
                .moveTo(DossierStatus.SUPPLEMENT_REQUESTED, LocalDateTime.of(2025, 11, 4, 16, 0), "xl", "Bổ sung");
        store.dossiers().save(paused);

        clock.set(LocalDateTime.of(2025, 11, 7, 9, 0));
        Dossier resumed = stored(intake.completeSupplement(paused, COPY_OF_DIPLOMA, "lan.nt"));

        // Paused Tue 16:00 → Fri 09:00 is 1 h Tue + 8 h Wed + 8 h Thu + 2 h Fri (from 07:00) = 19 office hours;
        // due Thu 08:00 + 19 h = Thu 7 h + Fri 8 h + Mon 07:00–11:00.
        assertThat(resumed.status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(resumed.dueAt()).contains(LocalDateTime.of(2025, 11, 10, 11, 0));
    }

    @Test
    void refusalNeedsAReasonAndIsFinal() {
        assertThat(intake.refuse(complete(), "", "lan.nt")).isEqualTo(new IntakeOutcome.Refused(
                List.of(new IntakeProblem(IntakeProblem.Kind.REASON_REQUIRED, ""))));

        Dossier refused = stored(intake.refuse(complete(), "Thủ tục không thuộc thẩm quyền", "lan.nt"));

        assertThat(refused.status()).isEqualTo(DossierStatus.NOT_RECEIVED);
        assertThat(refused.status().isFinal()).isTrue();
        assertThat(refused.history().getFirst().note()).isEqualTo("Thủ tục không thuộc thẩm quyền");
        assertThat(store.digitisedDocuments().find(NHUNG.identifier(), "TP02"))
                .as("a refused dossier's files are not offered for reuse").isEmpty();
    }

    @Test
    void aDossierPastItsDueTimeIsLateUntilProcessed() {
        Dossier accepted = stored(intake.accept(complete(), "lan.nt"));
        assertThat(intake.isLate(accepted)).isFalse();

        clock.set(LocalDateTime.of(2025, 11, 6, 8, 1));
        assertThat(intake.isLate(accepted)).isTrue();
        Dossier processed = accepted.moveTo(DossierStatus.PROCESSING, LocalDateTime.of(2025, 11, 4, 9, 0), "xl", "")
                .moveTo(DossierStatus.PROCESSED, LocalDateTime.of(2025, 11, 6, 8, 1), "xl", "");
        assertThat(intake.isLate(processed)).isFalse();
    }

    @Test
    void theResultIsReturnedOnceProcessedAndWhoCollectedItIsRecorded() {
        Dossier accepted = stored(intake.accept(complete(), "lan.nt"));
        assertThat(intake.returnResult(accepted, ResultDelivery.AT_COUNTER, "Nguyễn Thị Hồng Nhung", "lan.nt"))
                .isEqualTo(new IntakeOutcome.Refused(List.of(
                        new IntakeProblem(IntakeProblem.Kind.WRONG_STATUS, "RECEIVED"))));
        Dossier processed = accepted.moveTo(DossierStatus.PROCESSING, LocalDateTime.of(2025, 11, 3, 9, 0), "xl", "")
                .moveTo(DossierStatus.PROCESSED, LocalDateTime.of(2025, 11, 5, 10, 0), "xl", "");
        store.dossiers().save(processed);
        clock.set(LocalDateTime.of(2025, 11, 5, 15, 0));

        assertThat(intake.returnResult(processed, ResultDelivery.AT_COUNTER, " ", "lan.nt"))
                .isInstanceOf(IntakeOutcome.Refused.class);
        Dossier returned = stored(intake.returnResult(processed, ResultDelivery.PUBLIC_POST, "EMS 123456789VN",
                "lan.nt"));

        assertThat(returned.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(returned.history().getLast().note()).isEqualTo("EMS 123456789VN");
        Dossier kept = store.dossiers().find(returned.code()).orElseThrow();
        assertThat(kept.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
        assertThat(kept.delivery()).isEqualTo(ResultDelivery.PUBLIC_POST);
    }

    @Test
    void aCodeReservedForScanningIsTheOneTheDossierGetsAndAnAbandonedOneIsNeverReused() {
        IntakeDraft scanning = intake.reserveCode(complete());
        IntakeDraft abandoned = intake.reserveCode(complete());
        assertThat(intake.reserveCode(scanning).code()).isEqualTo(scanning.code());

        Dossier dossier = stored(intake.accept(scanning, "lan.nt"));
        Dossier next = stored(intake.accept(complete(), "lan.nt"));

        assertThat(dossier.code()).isEqualTo(scanning.code().orElseThrow());
        assertThat(abandoned.code().orElseThrow().sequence()).isEqualTo(2);
        assertThat(next.code().sequence()).as("the abandoned number leaves a gap").isEqualTo(3);
    }

    @Test
    void aLateDossierIsExtendedWithAReasonAndTheLegalDueTimeStaysOnRecord() {
        Dossier accepted = stored(intake.accept(complete(), "lan.nt"));
        Dossier processing = stored(intake.startProcessing(accepted, "Phòng Giáo dục", "lan.nt"));
        clock.set(LocalDateTime.of(2025, 11, 6, 9, 0));
        assertThat(intake.isLate(processing)).isTrue();
        LocalDateTime legal = processing.dueAt().orElseThrow();

        assertThat(intake.extend(processing, LocalDateTime.of(2025, 11, 10, 16, 0), "", "lan.nt"))
                .isEqualTo(new IntakeOutcome.Refused(List.of(new IntakeProblem(IntakeProblem.Kind.REASON_REQUIRED,
                        ""))));
        assertThat(intake.extend(processing, legal.minusHours(1), "Chờ xác minh", "lan.nt"))
                .isEqualTo(new IntakeOutcome.Refused(List.of(new IntakeProblem(IntakeProblem.Kind.DUE_NOT_LATER,
                        ""))));
        Dossier extended = stored(intake.extend(processing, LocalDateTime.of(2025, 11, 10, 16, 0),
                "Chờ xác minh hồ sơ gốc tại trường", "lan.nt"));

        assertThat(intake.isLate(extended)).isFalse();
        assertThat(store.dossiers().find(extended.code()).orElseThrow().dueAt())
                .contains(LocalDateTime.of(2025, 11, 10, 16, 0));
        assertThat(store.dueDateChanges().of(extended.code())).singleElement().satisfies(change -> {
            assertThat(change.from()).contains(legal);
            assertThat(change.reason()).isEqualTo("Chờ xác minh hồ sơ gốc tại trường");
        });
    }

    @Test
    void processingStepsAndAStopNeedTheRightStatusAndAReason() {
        Dossier accepted = stored(intake.accept(complete(), "lan.nt"));
        assertThat(intake.finishProcessing(accepted, "lan.nt")).isInstanceOf(IntakeOutcome.Refused.class);
        Dossier processing = stored(intake.startProcessing(accepted, "Phòng Giáo dục", "lan.nt"));
        assertThat(processing.history().getLast().note()).isEqualTo("Phòng Giáo dục");
        assertThat(intake.stop(processing, " ", "lan.nt")).isInstanceOf(IntakeOutcome.Refused.class);

        Dossier stopped = stored(intake.stop(processing, "Người nộp rút yêu cầu giải quyết", "lan.nt"));

        assertThat(stopped.status()).isEqualTo(DossierStatus.STOPPED);
        assertThat(store.dossiers().find(stopped.code()).orElseThrow().status()).isEqualTo(DossierStatus.STOPPED);
    }
}
