package vn.motcua.app.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.TestDesk;

class IdleLockViewModelTest {
    @TempDir
    Path directory;

    private TestDesk desk;
    private IdleLockViewModel lock;
    private final List<String> signedOut = new ArrayList<>();

    @BeforeEach
    void openDesk() {
        desk = TestDesk.open(directory);
        desk.clerk();
        lock = new IdleLockViewModel("lan.nt", "Quầy số 3 · Nguyễn Thị Lan (lan.nt)", Duration.ofMinutes(10),
                desk.services.accounts(), desk.executor, desk.messages(), desk.clock, () -> signedOut.add("lan.nt"));
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }

    private void idle(Duration duration) {
        desk.clock.advance(duration);
        lock.tick();
    }

    @Test
    void locksOnceTheIdleTimeRunsOut() {
        idle(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(lock.isLocked()).isFalse();
        assertThat(lock.remaining()).isEqualTo(Duration.ofSeconds(1));
        idle(Duration.ofSeconds(1));
        assertThat(lock.isLocked()).isTrue();
        assertThat(lock.reasonProperty().get()).isEqualTo("Tự khóa lúc 08:10 sau 10 phút không thao tác.");
    }

    @Test
    void activityStartsTheIdleTimeAgain() {
        idle(Duration.ofMinutes(8));
        lock.recordActivity();
        idle(Duration.ofMinutes(8));
        assertThat(lock.isLocked()).isFalse();
        idle(Duration.ofMinutes(2));
        assertThat(lock.isLocked()).isTrue();
    }

    @Test
    void activityWhileLockedDoesNotUnlockNorRestartTheTimer() {
        lock.lockNow();
        assertThat(lock.reasonProperty().get()).isEqualTo("Khóa lúc 08:00.");
        lock.recordActivity();
        idle(Duration.ofMinutes(30));
        assertThat(lock.isLocked()).isTrue();
    }

    @Test
    void onlyTheSignedInUsersPasswordUnlocks() {
        idle(Duration.ofMinutes(10));
        lock.passwordProperty().set("sai-mat-khau");
        lock.unlock();
        assertThat(lock.isLocked()).isTrue();
        assertThat(lock.errorProperty().get()).isEqualTo("Mật khẩu không đúng.");
        assertThat(lock.passwordProperty().get()).isEmpty();

        lock.passwordProperty().set("admin");
        lock.unlock();
        assertThat(lock.isLocked()).as("another account's password does not open it").isTrue();

        lock.unlock();
        assertThat(lock.errorProperty().get()).isEqualTo("Vui lòng nhập mật khẩu.");

        lock.passwordProperty().set("Quay-so-3-2026");
        lock.unlock();
        assertThat(lock.isLocked()).isFalse();
        assertThat(lock.errorProperty().get()).isEmpty();
        assertThat(lock.remaining()).as("a fresh idle period after unlocking").isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void wrongPasswordsAtTheLockScreenCountTowardsTheLockOut() {
        lock.lockNow();
        for (int i = 0; i < 5; i++) {
            lock.passwordProperty().set("sai-" + i);
            lock.unlock();
        }
        assertThat(lock.errorProperty().get())
                .isEqualTo("Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Thử lại sau 08:05.");
        lock.passwordProperty().set("Quay-so-3-2026");
        lock.unlock();
        assertThat(lock.isLocked()).isTrue();

        lock.signOut();
        assertThat(signedOut).containsExactly("lan.nt");
    }
}
