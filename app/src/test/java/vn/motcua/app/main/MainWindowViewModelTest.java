package vn.motcua.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.TestDesk;
import vn.motcua.core.account.Role;
import vn.motcua.core.account.UserAccount;

class MainWindowViewModelTest {
    @TempDir
    Path directory;

    private TestDesk desk;
    private final List<String> actions = new ArrayList<>();

    @BeforeEach
    void openDesk() {
        desk = TestDesk.open(directory);
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    private MainWindowViewModel window(UserAccount account) {
        return new MainWindowViewModel(desk.services.settings(), account, desk.services.dossiers(),
                desk.services::storeHealth, desk.services::provincialConnection, desk.executor, desk.messages(),
                desk.clock, new MainWindowViewModel.Actions() {
                    @Override
                    public void lockNow() {
                        actions.add("lock");
                    }

                    @Override
                    public void changePassword() {
                        actions.add("password");
                    }

                    @Override
                    public void signOut() {
                        actions.add("signOut");
                    }

                    @Override
                    public void openKiosk() {
                        actions.add("kiosk");
                    }

                    @Override
                    public void openDisplayBoard() {
                        actions.add("board");
                    }

                    @Override
                    public void openRatingScreen() {
                        actions.add("rating");
                    }

                    @Override
                    public void openIntake() {
                        actions.add("intake");
                    }

                    @Override
                    public void openDossier(vn.motcua.core.dossier.DossierCode code) {
                        actions.add("dossier " + code.value());
                    }

                    @Override
                    public void openRegister() {
                        actions.add("register");
                    }

                    @Override
                    public void syncNow() {
                        actions.add("sync");
                    }

                    @Override
                    public void openSyncLog() {
                        actions.add("syncLog");
                    }

                    @Override
                    public void openSupervision() {
                        actions.add("supervision");
                    }

                    @Override
                    public void openSettings() {
                        actions.add("settings");
                    }
                });
    }

    @Test
    void theHeaderNamesAgencyCounterAndClerk() {
        MainWindowViewModel window = window(desk.clerk());
        assertThat(window.agencyName()).isEqualTo(desk.services.settings().agencyName());
        assertThat(window.agencyLine()).isEqualTo("Bộ phận Một cửa · Mã đơn vị 000.00.00.H00");
        assertThat(window.counterTitle()).isEqualTo("Quầy số 3");
        assertThat(window.clerkName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(window.clerkRole()).isEqualTo("Cán bộ tiếp nhận");
    }

    @Test
    void listsStoredDossiersNewestFirstWithMaskedIdentifiersAndVietnameseStatus() {
        UserAccount clerk = desk.clerk();
        desk.threeDossiers(clerk.username());
        MainWindowViewModel window = window(clerk);
        window.start();

        assertThat(window.rows()).extracting(DossierRow::owner)
                .containsExactly("Trần Thị Bích Ngọc", "Nguyễn Văn An", "Lê Đức Thắng");
        DossierRow an = window.rows().get(1);
        assertThat(an.code()).isEqualTo("000.00.00.H00-261120-0001");
        assertThat(an.maskedIdentifier()).isEqualTo("001*******56");
        assertThat(an.status()).isEqualTo("Được tiếp nhận");
        assertThat(an.receivedAt()).isEqualTo("20/11/2026 08:15");
        assertThat(an.dueAt()).isEqualTo("27/11/2026 16:00");
        assertThat(an.overdue()).isFalse();
        assertThat(window.rows().get(2).overdue()).as("due 20/11, today is 23/11").isTrue();
        assertThat(window.resultSummaryProperty().get()).isEqualTo("3 hồ sơ mới nhất");
    }

    @Test
    void searchFindsByAccentlessNameByCodeAndByIdentifierAfterTheDebounce() {
        UserAccount clerk = desk.clerk();
        desk.threeDossiers(clerk.username());
        MainWindowViewModel window = window(clerk);
        window.start();
        desk.executor.holdScheduled();

        window.searchTextProperty().set("n");
        window.searchTextProperty().set("ng");
        window.searchTextProperty().set("nguyen van");
        assertThat(window.rows()).as("nothing searched while typing").hasSize(3);
        assertThat(desk.executor.runScheduled()).as("only the last keystroke searches").isEqualTo(1);
        assertThat(window.rows()).extracting(DossierRow::owner).containsExactly("Nguyễn Văn An");
        assertThat(window.resultSummaryProperty().get()).isEqualTo("1 hồ sơ khớp với “nguyen van”");

        window.searchTextProperty().set("BICH NGOC");
        desk.executor.runScheduled();
        assertThat(window.rows()).extracting(DossierRow::owner).containsExactly("Trần Thị Bích Ngọc");

        window.searchTextProperty().set("261116-0003");
        desk.executor.runScheduled();
        assertThat(window.rows()).extracting(DossierRow::code).containsExactly("000.00.00.H00-261116-0003");

        window.searchTextProperty().set("079185001234");
        desk.executor.runScheduled();
        assertThat(window.rows()).extracting(DossierRow::owner).containsExactly("Trần Thị Bích Ngọc");
        assertThat(window.rows().getFirst().maskedIdentifier()).isEqualTo("079*******34");

        window.searchTextProperty().set("khong co ai");
        desk.executor.runScheduled();
        assertThat(window.rows()).isEmpty();
        assertThat(window.emptyListTextProperty().get()).isEqualTo("Không tìm thấy hồ sơ nào khớp với “khong co ai”.");
    }

    @Test
    void refreshPicksUpNewDossiersAndTheStatusBarDescribesTheStore() {
        UserAccount clerk = desk.clerk();
        MainWindowViewModel window = window(clerk);
        window.start();
        assertThat(window.rows()).isEmpty();
        assertThat(window.emptyListTextProperty().get()).isEqualTo("Chưa có hồ sơ nào.");
        assertThat(window.storeStatusProperty().get()).contains("0 hồ sơ");

        desk.threeDossiers(clerk.username());
        window.refresh();

        assertThat(window.rows()).hasSize(3);
        var health = desk.services.storeHealth();
        assertThat(window.storeStatusProperty().get()).isEqualTo("Dữ liệu: " + health.databaseFile() + " · lược đồ v"
                + health.schemaVersion() + " · 3 hồ sơ");
        assertThat(window.storeProblemProperty().get()).isFalse();
        assertThat(window.connectionStatusProperty().get()).as("the outbox keeps them for the province").isEqualTo(
                "Chưa cấu hình kết nối hệ thống một cửa tỉnh — hồ sơ được giữ lại để gửi sau · 3 thay đổi chờ gửi");
        assertThat(window.currentTimeProperty().get()).isEqualTo("23/11/2026 08:00");
        desk.clock.advance(java.time.Duration.ofMinutes(75));
        window.tick();
        assertThat(window.currentTimeProperty().get()).isEqualTo("23/11/2026 09:15");
    }

    @Test
    void commandsAreHandedToTheShell() {
        MainWindowViewModel window = window(desk.clerk());
        window.lockNow();
        window.changePassword();
        window.signOut();
        assertThat(actions).containsExactly("lock", "password", "signOut");
    }

    @Test
    void administrationIsOfferedByRole() {
        MainWindowViewModel clerk = window(desk.clerk());
        MainWindowViewModel supervisor = window(desk.account("giamsat", "Võ Minh Tâm", Set.of(Role.SUPERVISOR, Role.CLERK),
                "Giam-sat-2026"));
        MainWindowViewModel admin = window(desk.account("quantri", "Đỗ Hải Yến", Set.of(Role.ADMIN), "Quan-tri-2026"));

        assertThat(clerk.canManageAccounts()).isFalse();
        assertThat(clerk.canSupervise()).isFalse();
        assertThat(supervisor.canManageAccounts()).isFalse();
        assertThat(supervisor.canSupervise()).isTrue();
        assertThat(supervisor.clerkRole()).isEqualTo("Giám sát");
        assertThat(admin.canManageAccounts()).isTrue();
        assertThat(admin.canSupervise()).isTrue();
        assertThat(admin.clerkRole()).isEqualTo("Quản trị viên");

        clerk.openAccountManagement();
        assertThat(clerk.noticeProperty().get()).isEqualTo("Tài khoản của bạn không có quyền dùng chức năng này.");
        supervisor.openAccountManagement();
        assertThat(supervisor.noticeProperty().get()).isEqualTo("Tài khoản của bạn không có quyền dùng chức năng này.");
        supervisor.openSupervision();
        assertThat(actions).containsExactly("supervision");
        clerk.openSupervision();
        assertThat(clerk.noticeProperty().get()).isEqualTo("Tài khoản của bạn không có quyền dùng chức năng này.");
        assertThat(actions).containsExactly("supervision");

        assertThat(clerk.canConfigure()).isFalse();
        assertThat(supervisor.canConfigure()).isFalse();
        assertThat(admin.canConfigure()).isTrue();
        supervisor.openSettings();
        assertThat(supervisor.noticeProperty().get()).isEqualTo("Tài khoản của bạn không có quyền dùng chức năng này.");
        assertThat(actions).containsExactly("supervision");
        admin.openSettings();
        assertThat(actions).containsExactly("supervision", "settings");
    }

    @Test
    void identifiersAreMaskedLikeTheLogs() {
        assertThat(MaskedIdentifier.of("001203004156")).isEqualTo("001*******56");
        assertThat(MaskedIdentifier.of("123456789")).as("old CMND").isEqualTo("123****89");
        assertThat(MaskedIdentifier.of("12345")).isEqualTo("*****");
        assertThat(MaskedIdentifier.of("")).isEmpty();
    }
}
