package vn.motcua.app.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.TestDesk;
import vn.motcua.app.login.LoginViewModel.SignedInAccount;
import vn.motcua.app.password.ChangePasswordViewModel;
import vn.motcua.core.account.Role;
import vn.motcua.core.account.UserAccount;

class LoginViewModelTest {
    @TempDir
    Path directory;

    private TestDesk desk;
    private final List<SignedInAccount> signedIn = new ArrayList<>();
    private LoginViewModel login;

    @BeforeEach
    void openDesk() {
        desk = TestDesk.open(directory);
        login = new LoginViewModel(desk.services.settings(), desk.services.accounts(),
                desk.services::initialAdminPasswordInUse, desk.executor, desk.messages(), signedIn::add);
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    private void attempt(String username, String password) {
        login.usernameProperty().set(username);
        login.passwordProperty().set(password);
        login.signIn();
    }

    @Test
    void aClerkSignsInOnTheExecutorAndTheBusyFlagGoesUpAndDown() {
        desk.clerk();
        List<Boolean> busy = new ArrayList<>();
        login.busyProperty().addListener((obs, was, now) -> busy.add(now));
        int submittedBefore = desk.executor.submittedCount();

        attempt("lan.nt", "Quay-so-3-2026");

        assertThat(signedIn).singleElement().satisfies(s -> {
            assertThat(s.account().username()).isEqualTo("lan.nt");
            assertThat(s.mustChangePassword()).isFalse();
            assertThat(s.password()).isEmpty();
        });
        assertThat(busy).containsExactly(true, false);
        assertThat(desk.executor.submittedCount()).as("verified in the background").isEqualTo(submittedBefore + 1);
        assertThat(login.errorProperty().get()).isEmpty();
        assertThat(login.passwordProperty().get()).as("password field emptied").isEmpty();
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameVietnameseMessage() {
        desk.clerk();
        attempt("lan.nt", "sai-mat-khau");
        String wrongPassword = login.errorProperty().get();
        attempt("khong.co.ai", "Quay-so-3-2026");
        String unknownUser = login.errorProperty().get();

        assertThat(wrongPassword).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.").isEqualTo(unknownUser);
        assertThat(signedIn).isEmpty();
        assertThat(login.usernameProperty().get()).as("username kept for the next try").isEqualTo("khong.co.ai");
    }

    @Test
    void fiveFailuresLockTheAccountUntilATimeShownInHanoiTime() {
        desk.clerk();
        for (int i = 0; i < 4; i++) {
            attempt("lan.nt", "sai-" + i);
            assertThat(login.errorProperty().get()).startsWith("Tên đăng nhập hoặc mật khẩu không đúng");
        }
        attempt("lan.nt", "sai-lan-5");
        // 08:00 in Hà Nội + 5 minutes lock-out.
        assertThat(login.errorProperty().get())
                .isEqualTo("Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Thử lại sau 08:05.");

        attempt("lan.nt", "Quay-so-3-2026");
        assertThat(signedIn).as("the right password does not open a locked account").isEmpty();
        assertThat(login.errorProperty().get()).contains("08:05");

        desk.clock.advance(Duration.ofMinutes(6));
        attempt("lan.nt", "Quay-so-3-2026");
        assertThat(signedIn).hasSize(1);
    }

    @Test
    void aDisabledAccountIsToldSo() {
        UserAccount clerk = desk.clerk();
        desk.services.accountStore().save(new UserAccount(clerk.username(), clerk.displayName(), clerk.roles(),
                clerk.passwordHash(), false, false, 0, Optional.empty()));

        attempt("lan.nt", "Quay-so-3-2026");

        assertThat(login.errorProperty().get()).isEqualTo("Tài khoản đã bị vô hiệu hóa. Liên hệ quản trị viên của đơn vị.");
        assertThat(signedIn).isEmpty();
    }

    @Test
    void emptyFieldsAreReportedWithoutTouchingTheStore() {
        int before = desk.executor.submittedCount();
        attempt("", "");
        assertThat(login.errorProperty().get()).isEqualTo("Vui lòng nhập tên đăng nhập và mật khẩu.");
        assertThat(desk.executor.submittedCount()).isEqualTo(before);
        assertThat(login.canSignInProperty().get()).isFalse();
    }

    @Test
    void firstStartShowsTheHintAndTheInitialAdminMustChangeThePassword() {
        login.refreshFirstRunHint();
        assertThat(login.firstRunHintProperty().get()).isTrue();

        attempt("admin", "admin");

        SignedInAccount admin = signedIn.getFirst();
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(admin.account().has(Role.ADMIN)).isTrue();
        assertThat(admin.password()).as("handed to the forced change").containsExactly('a', 'd', 'm', 'i', 'n');

        List<String> messages = new ArrayList<>();
        List<Boolean> changed = new ArrayList<>();
        ChangePasswordViewModel change = ChangePasswordViewModel.forced("admin", admin.account().displayName(),
                admin.password(), desk.services.accounts(), desk.services.passwordPolicy(), desk.executor,
                desk.messages(), () -> changed.add(true), () -> changed.add(false));
        assertThat(change.isForced()).isTrue();

        messages.add(submit(change, "ngan", "ngan"));
        messages.add(submit(change, "aaaaaaaaaaaa", "aaaaaaaaaaaa"));
        messages.add(submit(change, "admin", "admin"));
        messages.add(submit(change, "Mot-cua-2026", "Mot-cua-2027"));
        assertThat(messages).containsExactly(
                "Mật khẩu mới quá ngắn.",
                "Mật khẩu mới quá đơn giản: cần ít nhất 4 ký tự khác nhau.",
                "Mật khẩu mới phải khác mật khẩu hiện tại.",
                "Hai lần nhập mật khẩu mới không khớp nhau.");
        assertThat(changed).isEmpty();

        assertThat(submit(change, "Mot-cua-2026", "Mot-cua-2026")).isEmpty();
        assertThat(changed).containsExactly(true);
        assertThat(admin.password()).as("the old password is wiped from memory").containsOnly('\0');
        assertThat(desk.services.account("admin").orElseThrow().mustChangePassword()).isFalse();

        login.refreshFirstRunHint();
        assertThat(login.firstRunHintProperty().get()).as("no hint once the password changed").isFalse();
        signedIn.clear();
        attempt("admin", "admin");
        assertThat(signedIn).isEmpty();
        attempt("admin", "Mot-cua-2026");
        assertThat(signedIn).singleElement().satisfies(s -> assertThat(s.mustChangePassword()).isFalse());
    }

    private static String submit(ChangePasswordViewModel change, String replacement, String confirmation) {
        change.newPasswordProperty().set(replacement);
        change.confirmationProperty().set(confirmation);
        change.submit();
        return change.errorProperty().get();
    }
}
