package vn.motcua.app.kiosk;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.queue.QueueTexts;
import vn.motcua.app.task.TaskExecutor;
import vn.motcua.app.task.TaskExecutor.Cancellable;
import vn.motcua.core.queue.IssuingWindow;
import vn.motcua.core.queue.Kiosk;
import vn.motcua.core.queue.KioskIssue;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.QueueRefusal;
import vn.motcua.core.queue.QueueService;
import vn.motcua.core.queue.QueueUnavailableException;
import vn.motcua.core.queue.StaffWarning;
import vn.motcua.core.queue.Ticket;
import vn.motcua.devices.printer.RenderedTicket;
import vn.motcua.devices.printer.VirtualTicketPrinter;

/**
 * The citizen's kiosk: pick a service (optionally as a priority citizen), get a printed ticket. After each
 * ticket or refusal the screen shows the outcome for {@link #RESULT_SHOWN} and returns to the service list.
 * Staff warnings (paper near end, printer silent) go to the staff line and the log, never to the citizen.
 */
public final class KioskViewModel {
    public static final Duration RESULT_SHOWN = Duration.ofSeconds(10);
    public static final Duration REFRESH = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(KioskViewModel.class);
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final QueueDesk desk;
    private final Kiosk kiosk;
    private final TaskExecutor executor;
    private final Messages messages;
    private final QueueTexts texts;
    private final String agencyName;
    private final Optional<VirtualTicketPrinter> trainingPrinter;
    private final ObjectProperty<BufferedImage> trainingTicket = new SimpleObjectProperty<>(this, "trainingTicket");

    private final ObservableList<ServiceTile> services = FXCollections.observableArrayList();
    private final BooleanProperty priority = new SimpleBooleanProperty(this, "priority");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty showingResult = new SimpleBooleanProperty(this, "showingResult");
    private final BooleanProperty issued = new SimpleBooleanProperty(this, "issued");
    private final StringProperty ticketNumber = new SimpleStringProperty(this, "ticketNumber", "");
    private final StringProperty ticketService = new SimpleStringProperty(this, "ticketService", "");
    private final StringProperty ticketDetails = new SimpleStringProperty(this, "ticketDetails", "");
    private final StringProperty resultMessage = new SimpleStringProperty(this, "resultMessage", "");
    private final StringProperty staffNotice = new SimpleStringProperty(this, "staffNotice", "");

    private Cancellable backToStart;
    private boolean disposed;

    /**
     * @param trainingPrinter the virtual printer in training mode: the ticket it "printed" is shown on screen
     */
    public KioskViewModel(String agencyName, QueueDesk desk, Kiosk kiosk, Optional<VirtualTicketPrinter> trainingPrinter,
            TaskExecutor executor, Messages messages) {
        this.agencyName = Objects.requireNonNull(agencyName);
        this.trainingPrinter = Objects.requireNonNull(trainingPrinter);
        this.desk = Objects.requireNonNull(desk);
        this.kiosk = Objects.requireNonNull(kiosk);
        this.executor = Objects.requireNonNull(executor);
        this.messages = Objects.requireNonNull(messages);
        this.texts = new QueueTexts(messages);
    }

    public void start() {
        loadServices();
    }

    public void dispose() {
        disposed = true;
        cancel(backToStart);
    }

    /** Re-reads the services: call every {@link #REFRESH}, as opening hours pass and the configuration may change. */
    public void loadServices() {
        if (disposed) {
            return;
        }
        executor.submit(this::readServices, services::setAll,
                failure -> resultMessage.set(failure instanceof QueueUnavailableException
                        ? texts.refusal(QueueRefusal.QUEUE_UNAVAILABLE) : messages.get("kiosk.error.store")));
    }

    /** Services some counter serves, each with why it is closed now, if it is. */
    private List<ServiceTile> readServices() {
        QueueConfiguration configuration = desk.configuration();
        return configuration.services().stream()
                .filter(service -> !configuration.countersServing(service.id()).isEmpty())
                .map(this::tile).toList();
    }

    private ServiceTile tile(QueueService service) {
        String reason = desk.issuingRefusal(service.id()).map(texts::refusal).orElse("");
        return new ServiceTile(service.id(), service.prefix(), service.name(), hours(service.windows()),
                reason.isEmpty(), reason);
    }

    private String hours(List<IssuingWindow> windows) {
        if (windows.isEmpty()) {
            return "";
        }
        return messages.format("kiosk.hours", windows.stream()
                .map(w -> HOURS.format(w.opens()) + "–" + HOURS.format(w.closes()))
                .collect(Collectors.joining(", ")));
    }

    /** The citizen pressed a service button. */
    public void choose(ServiceTile tile) {
        if (busy.get() || showingResult.get() || disposed) {
            return;
        }
        busy.set(true);
        PriorityGroup group = priority.get() ? PriorityGroup.PRIORITY : PriorityGroup.NORMAL;
        executor.submit(() -> issue(tile, group), this::show, failure -> {
            LOG.error("Kiosk could not issue a ticket: {}", failure.getClass().getName());
            showRefusal(messages.get("kiosk.error.store"));
        });
    }

    private record Outcome(KioskIssue issue, Optional<BufferedImage> printed) {
    }

    private Outcome issue(ServiceTile tile, PriorityGroup group) {
        KioskIssue issue = kiosk.issue(tile.id(), group);
        Optional<BufferedImage> printed = issue instanceof KioskIssue.Issued
                ? trainingPrinter.flatMap(VirtualTicketPrinter::lastTicket).map(RenderedTicket::image)
                : Optional.empty();
        return new Outcome(issue, printed);
    }

    private void show(Outcome outcome) {
        trainingTicket.set(outcome.printed().orElse(null));
        switch (outcome.issue()) {
            case KioskIssue.Issued done -> showTicket(done);
            case KioskIssue.NotIssued refused -> {
                showRefusal(texts.refusal(refused.reason()));
                String problem = refused.printerProblemKey();
                staffNotice.set(!problem.isEmpty() && messages.has(problem) ? messages.get(problem) : "");
            }
        }
    }

    private void showTicket(KioskIssue.Issued done) {
        Ticket ticket = done.ticket();
        ticketNumber.set(ticket.number().text());
        ticketService.set(done.paper().serviceName());
        ticketDetails.set(ticket.quote().map(q -> messages.format("kiosk.ticket.details",
                Integer.toString(q.peopleAhead()), texts.waitRange(q))).orElse(""));
        resultMessage.set(messages.get("kiosk.ticket.take"));
        issued.set(true);
        for (StaffWarning warning : done.warnings()) {
            LOG.warn("Kiosk printer: {}", warning);
        }
        staffNotice.set(done.warnings().stream().map(w -> messages.get(w.messageKey()))
                .collect(Collectors.joining(" · ")));
        finishShowing();
    }

    private void showRefusal(String text) {
        issued.set(false);
        ticketNumber.set("");
        ticketService.set("");
        ticketDetails.set("");
        resultMessage.set(text);
        finishShowing();
    }

    private void finishShowing() {
        busy.set(false);
        showingResult.set(true);
        priority.set(false);
        cancel(backToStart);
        backToStart = executor.schedule(RESULT_SHOWN, this::backToStart);
    }

    /** Back to the service list (the citizen touched the screen, or the result has been shown long enough). */
    public void backToStart() {
        cancel(backToStart);
        showingResult.set(false);
    }

    private static void cancel(Cancellable cancellable) {
        if (cancellable != null) {
            cancellable.cancel();
        }
    }

    public ObservableList<ServiceTile> services() {
        return services;
    }

    public BooleanProperty priorityProperty() {
        return priority;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty showingResultProperty() {
        return showingResult;
    }

    public ReadOnlyBooleanProperty issuedProperty() {
        return issued;
    }

    public ReadOnlyStringProperty ticketNumberProperty() {
        return ticketNumber;
    }

    public ReadOnlyStringProperty ticketServiceProperty() {
        return ticketService;
    }

    public ReadOnlyStringProperty ticketDetailsProperty() {
        return ticketDetails;
    }

    public ReadOnlyStringProperty resultMessageProperty() {
        return resultMessage;
    }

    /** The training printer's ticket image, or null with a real printer. */
    public ReadOnlyObjectProperty<BufferedImage> trainingTicketProperty() {
        return trainingTicket;
    }

    public ReadOnlyStringProperty staffNoticeProperty() {
        return staffNotice;
    }

    public String agencyName() {
        return agencyName;
    }
}
