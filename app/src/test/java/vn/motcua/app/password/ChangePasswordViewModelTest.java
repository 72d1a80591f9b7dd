package vn.motcua.app.password;

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
import vn.motcua.core.account.SignInResult;

class ChangePasswordViewModelTest {
    @TempDir
    Path directory;

    private TestDesk desk;
    private final List<String> outcomes = new ArrayList<>();
    private ChangePasswordViewModel change;

    @BeforeEach
    void openDesk() {
        desk = TestDesk.open(directory);
        desk.account("nguyenvana", "Nguyễn Văn A", Set.of(Role.CLERK), "Mat-khau-cu-2026");
        change = ChangePasswordViewModel.voluntary("nguyenvana", "Nguyễn Văn A", desk.services.accounts(),
                desk.services.passwordPolicy(), desk.executor, desk.messages(), () -> outcomes.add("changed"),
                () -> outcomes.add("cancelled"));
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    private String submit(String current, String replacement, String confirmation) {
        change.currentPasswordProperty().set(current);
        change.newPasswordProperty().set(replacement);
        change.confirmationProperty().set(confirmation);
        change.submit();
        return change.errorProperty().get();
    }

    @Test
    void theCurrentPasswordIsCheckedAndPolicyErrorsAreShownInVietnamese() {
        assertThat(change.isForced()).isFalse();
        assertThat(change.policyHint()).contains("ít nhất 8 ký tự");
        assertThat(submit("sai-mat-khau", "Mat-khau-moi-2026", "Mat-khau-moi-2026"))
                .isEqualTo("Mật khẩu hiện tại không đúng.");
        assertThat(change.currentPasswordProperty().get()).as("wrong password cleared").isEmpty();
        assertThat(submit("Mat-khau-cu-2026", "NguyenVanA", "NguyenVanA"))
                .isEqualTo("Mật khẩu không được trùng tên đăng nhập.");
        assertThat(submit("", "Mat-khau-moi-2026", "Mat-khau-moi-2026"))
                .isEqualTo("Vui lòng điền đủ các ô mật khẩu.");
        assertThat(outcomes).isEmpty();
    }

    @Test
    void aGoodNewPasswordIsStoredAndTheFieldsAreEmptied() {
        assertThat(submit("Mat-khau-cu-2026", "Mat-khau-moi-2026", "Mat-khau-moi-2026")).isEmpty();

        assertThat(outcomes).containsExactly("changed");
        assertThat(change.newPasswordProperty().get()).isEmpty();
        assertThat(change.currentPasswordProperty().get()).isEmpty();
        assertThat(desk.services.accounts().signIn("nguyenvana", "Mat-khau-moi-2026".toCharArray()))
                .isInstanceOf(SignInResult.SignedIn.class);
        assertThat(desk.services.accounts().signIn("nguyenvana", "Mat-khau-cu-2026".toCharArray()))
                .isInstanceOf(SignInResult.WrongCredentials.class);
    }

    @Test
    void cancelLeavesThePasswordAlone() {
        change.currentPasswordProperty().set("Mat-khau-cu-2026");
        change.newPasswordProperty().set("Mat-khau-moi-2026");
        change.cancel();
        assertThat(outcomes).containsExactly("cancelled");
        assertThat(change.currentPasswordProperty().get()).isEmpty();
        assertThat(desk.services.accounts().signIn("nguyenvana", "Mat-khau-cu-2026".toCharArray()))
                .isInstanceOf(SignInResult.SignedIn.class);
    }
}
