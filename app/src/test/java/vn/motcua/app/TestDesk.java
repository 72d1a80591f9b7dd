package vn.motcua.app;

import vn.motcua.devices.sound.VirtualCallAnnouncer;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.motcua.app.i18n.Messages;
import vn.motcua.app.task.CurrentThreadTaskExecutor;
import vn.motcua.app.task.TaskExecutor;
import vn.motcua.core.account.Role;
import vn.motcua.core.account.UserAccount;
import vn.motcua.core.catalogue.Procedure;
import vn.motcua.core.dossier.Channel;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierOwner;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.OwnerType;
import vn.motcua.core.dossier.ResultDelivery;

/**
 * A real desk for tests: the offline store in a temporary directory, a clock moved by hand and, unless told
 * otherwise, an executor that runs everything on the calling thread.
 */
public final class TestDesk implements AutoCloseable {
    /** Monday 23/11/2026 08:00 in Hà Nội. */
    public static final Instant START = Instant.parse("2026-11-23T01:00:00Z");

    public final MutableClock clock = new MutableClock(START, Messages.OFFICE_ZONE);
    public final ServiceRegistry services;
    public final CurrentThreadTaskExecutor executor;
    /** Records every call the desk would say aloud. */
    public final VirtualCallAnnouncer announcer = new VirtualCallAnnouncer();

    private TestDesk(Path directory, DeskSettings settings, DeviceSettings devices, TaskExecutor executor) {
        this.executor = executor instanceof CurrentThreadTaskExecutor same ? same : null;
        this.services = ServiceRegistry.open(directory, settings, devices, announcer, executor, clock);
    }

    public static TestDesk open(Path directory) {
        return open(directory, new CurrentThreadTaskExecutor());
    }

    public static TestDesk open(Path directory, TaskExecutor executor) {
        return open(directory, executor, DeviceSettings.virtual());
    }

    public static TestDesk open(Path directory, TaskExecutor executor, DeviceSettings devices) {
        return new TestDesk(directory, DeskSettings.defaults().withCounterNumber(3), devices, executor);
    }

    public Messages messages() {
        return services.messages();
    }

    /** Creates an account and sets its own password, as after its first sign-in. */
    public UserAccount account(String username, String displayName, Set<Role> roles, String password) {
        String first = "Cap-lan-dau-" + username;
        assertThat(services.accounts().create(username, displayName, roles, first.toCharArray())).isEmpty();
        assertThat(services.accounts().changePassword(username, first.toCharArray(), password.toCharArray()))
                .isEmpty();
        return services.account(username).orElseThrow();
    }

    public UserAccount clerk() {
        return account("lan.nt", "Nguyễn Thị Lan", Set.of(Role.CLERK), "Quay-so-3-2026");
    }

    /** A procedure of the demonstration catalogue. */
    public Procedure procedure(int index) {
        List<Procedure> procedures = services.store().catalogue().search("", 50);
        assertThat(procedures).as("demonstration catalogue").isNotEmpty();
        return procedures.get(index % procedures.size());
    }

    public Dossier receive(int sequence, String ownerName, String identifier, LocalDateTime receivedAt,
            Optional<LocalDateTime> dueAt, String clerk) {
        Procedure procedure = procedure(sequence);
        var code = new DossierCode(services.settings().agencyCode(), receivedAt.toLocalDate(), sequence);
        var owner = new DossierOwner(OwnerType.CITIZEN, ownerName, identifier, "Phường Mẫu", "0912345678", "");
        Dossier dossier = Dossier.open(code, procedure.code(), procedure.name(), owner, List.of(), List.of(), 1,
                Channel.COUNTER, ResultDelivery.AT_COUNTER, receivedAt, dueAt, clerk, DossierStatus.RECEIVED);
        services.dossiers().save(dossier);
        return dossier;
    }

    /** Three dossiers received in November 2026; the oldest is overdue by the test clock. */
    public List<Dossier> threeDossiers(String clerk) {
        LocalDate day = LocalDate.of(2026, 11, 20);
        return List.of(
                receive(1, "Nguyễn Văn An", "001203004156", day.atTime(8, 15),
                        Optional.of(LocalDateTime.of(2026, 11, 27, 16, 0)), clerk),
                receive(2, "Trần Thị Bích Ngọc", "079185001234", day.atTime(9, 40),
                        Optional.of(LocalDateTime.of(2026, 11, 25, 10, 30)), clerk),
                receive(3, "Lê Đức Thắng", "036090000777", LocalDateTime.of(2026, 11, 16, 14, 5),
                        Optional.of(LocalDateTime.of(2026, 11, 20, 16, 0)), clerk));
    }

    @Override
    public void close() {
        services.close();
    }
}
