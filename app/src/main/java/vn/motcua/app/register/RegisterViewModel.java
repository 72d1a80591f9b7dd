package vn.motcua.app.register;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.task.TaskExecutor;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.DossierStore;
import vn.motcua.core.dossier.RegisterFilter;
import vn.motcua.core.dossier.RegisterRow;
import vn.motcua.devices.forms.FormRenderer;
import vn.motcua.devices.forms.FormTemplates;
import vn.motcua.devices.forms.RegisterForm;
import vn.motcua.devices.register.RegisterPdf;
import vn.motcua.devices.register.RegisterWorkbook;

/**
 * The Sổ theo dõi hồ sơ screen: a period (the current month at first), a status and a text to filter by, the
 * list, and exports of the listed period to XLSX and PDF. Reading and writing run on the {@link TaskExecutor}.
 */
public final class RegisterViewModel {
    /** Lines shown on screen; a longer period is cut, and the summary says so. */
    static final int SHOWN_LIMIT = 2_000;
    /** Lines in one exported file; more is refused rather than cut, a register must be whole. */
    static final int EXPORT_LIMIT = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(RegisterViewModel.class);

    private final DossierStore dossiers;
    private final RegisterWorkbook workbook;
    private final RegisterPdf pdf;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final String agencyName;
    private final List<StatusChoice> statusChoices;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<StatusChoice> status = new SimpleObjectProperty<>(this, "status");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<RegisterLine> rows = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");

    /** The filter of the list on screen: what an export writes. */
    private RegisterFilter shown;
    private TaskExecutor.Cancellable running;

    public RegisterViewModel(DossierStore dossiers, FormTemplates templates, TaskExecutor executor, Messages messages,
            Clock clock, String agencyName) {
        this.dossiers = Objects.requireNonNull(dossiers, "dossiers");
        this.workbook = new RegisterWorkbook(templates);
        this.pdf = new RegisterPdf(new FormRenderer(templates));
        this.executor = Objects.requireNonNull(executor, "executor");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.agencyName = Objects.requireNonNull(agencyName, "agencyName");
        this.statusChoices = statusChoices(messages);
        LocalDate today = now().toLocalDate();
        from.set(today.withDayOfMonth(1));
        to.set(today.withDayOfMonth(today.lengthOfMonth()));
        status.set(statusChoices.getFirst());
    }

    private static List<StatusChoice> statusChoices(Messages messages) {
        List<StatusChoice> choices = new ArrayList<>();
        choices.add(new StatusChoice(Optional.empty(), messages.get("register.filter.allStatuses")));
        for (DossierStatus s : DossierStatus.values()) {
            choices.add(new StatusChoice(Optional.of(s), messages.get(s.messageKey())));
        }
        return List.copyOf(choices);
    }

    /** Lists the current month; call once the screen is shown. */
    public void start() {
        search();
    }

    /** Lists the register for the filter as it is now. */
    public void search() {
        Optional<RegisterFilter> filter = filter();
        if (filter.isEmpty()) {
            return;
        }
        RegisterFilter chosen = filter.get();
        if (running != null) {
            running.cancel();
        }
        begin();
        running = executor.submit(() -> dossiers.register(chosen, SHOWN_LIMIT + 1), found -> {
            busy.set(false);
            show(chosen, found);
        }, failure -> {
            busy.set(false);
            LOG.warn("Reading the register failed", failure);
            rows.clear();
            summary.set("");
            error.set(messages.get("register.error.search"));
        });
    }

    /** Writes the listed period to an Excel workbook; {@code .xlsx} is added when the name lacks it. */
    public void exportXlsx(Path target) {
        Path file = withExtension(target, ".xlsx");
        export(file, register -> workbook.write(register, file));
    }

    /** Writes the listed period as the paper register (A4 landscape PDF). */
    public void exportPdf(Path target) {
        Path file = withExtension(target, ".pdf");
        export(file, register -> pdf.write(register, file));
    }

    /** A name for the file chooser, e.g. {@code so-theo-doi-ho-so_01-11-2026_30-11-2026.xlsx}. */
    public String suggestedFileName(String extension) {
        RegisterFilter period = shown != null ? shown : RegisterFilter.between(from.get(), to.get());
        return "so-theo-doi-ho-so_" + fileDate(period.from()) + "_" + fileDate(period.to()) + "." + extension;
    }

    private void export(Path file, RegisterExport write) {
        Optional<RegisterFilter> filter = shown != null ? Optional.of(shown) : filter();
        if (filter.isEmpty()) {
            return;
        }
        RegisterFilter chosen = filter.get();
        begin();
        executor.submit(() -> {
            List<RegisterRow> found = dossiers.register(chosen, EXPORT_LIMIT + 1);
            if (found.size() > EXPORT_LIMIT) {
                throw new TooManyLines();
            }
            write.to(new RegisterForm(agencyName, chosen.from(), chosen.to(), found, now()));
            return found.size();
        }, count -> {
            busy.set(false);
            notice.set(messages.format("register.exported", Integer.toString(count), file.getFileName().toString()));
        }, failure -> {
            busy.set(false);
            exportFailed(file, failure);
        });
    }

    private void exportFailed(Path file, Throwable failure) {
        if (failure instanceof TooManyLines) {
            error.set(messages.format("register.error.tooMany", Integer.toString(EXPORT_LIMIT)));
            return;
        }
        LOG.warn("Exporting the register failed", failure);
        error.set(messages.format("register.error.export", file.getFileName().toString()));
    }

    /** The filter from the fields, or empty with the error shown. */
    private Optional<RegisterFilter> filter() {
        if (from.get() == null || to.get() == null) {
            error.set(messages.get("register.error.dates"));
            return Optional.empty();
        }
        if (to.get().isBefore(from.get())) {
            error.set(messages.get("register.error.period"));
            return Optional.empty();
        }
        Set<DossierStatus> statuses = Stream.ofNullable(status.get()).flatMap(c -> c.status().stream())
                .collect(Collectors.toSet());
        return Optional.of(RegisterFilter.between(from.get(), to.get()).withStatuses(statuses).withText(text.get()));
    }

    private void begin() {
        busy.set(true);
        error.set("");
        notice.set("");
    }

    private void show(RegisterFilter filter, List<RegisterRow> found) {
        shown = filter;
        List<RegisterRow> visible = found.size() > SHOWN_LIMIT ? found.subList(0, SHOWN_LIMIT) : found;
        rows.setAll(visible.stream().map(this::line).toList());
        if (found.size() > SHOWN_LIMIT) {
            summary.set(messages.format("register.summary.truncated", Integer.toString(SHOWN_LIMIT)));
        } else {
            summary.set(messages.format("register.summary", Integer.toString(found.size()),
                    messages.date(filter.from()), messages.date(filter.to())));
        }
    }

    private RegisterLine line(RegisterRow row) {
        String contact = Stream.of(row.ownerAddress(), row.ownerPhone()).filter(s -> !s.isBlank())
                .collect(Collectors.joining(" · "));
        return new RegisterLine(Integer.toString(row.number()), row.code().value(), row.procedureName(),
                Integer.toString(row.sets()), row.ownerName(), contact, messages.dateTime(row.receivedAt()),
                time(row.dueAt()), messages.get(row.status().messageKey()), time(row.returnedAt()), row.lastActor(),
                row.lastNote());
    }

    private String time(Optional<LocalDateTime> at) {
        return at.map(messages::dateTime).orElse("");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Messages.OFFICE_ZONE));
    }

    private static String fileDate(LocalDate day) {
        return "%02d-%02d-%04d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    static Path withExtension(Path target, String extension) {
        String name = target.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? target
                : target.resolveSibling(name + extension);
    }

    @FunctionalInterface
    private interface RegisterExport {
        void to(RegisterForm register) throws Exception;
    }

    /** More lines than one export may hold. */
    private static final class TooManyLines extends RuntimeException {
        TooManyLines() {
            super("More than " + EXPORT_LIMIT + " register lines in the period", null, false, false);
        }
    }

    public List<StatusChoice> statusChoices() {
        return statusChoices;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<StatusChoice> statusProperty() {
        return status;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<RegisterLine> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }
}
