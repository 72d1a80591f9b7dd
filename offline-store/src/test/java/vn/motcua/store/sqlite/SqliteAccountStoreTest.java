package vn.motcua.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.account.AccountStore;
import vn.motcua.core.account.LocalAccounts;
import vn.motcua.core.account.PasswordPolicy;
import vn.motcua.core.account.Role;
import vn.motcua.core.account.SignInResult;
import vn.motcua.core.account.UserAccount;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.store.OfflineStore;
import vn.motcua.store.password.Argon2PasswordHasher;

class SqliteAccountStoreTest {
    @TempDir
    Path dir;
    private OfflineStore store;
    private AccountStore accounts;

    @BeforeEach
    void open() {
        store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
        accounts = store.accounts();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anAccountComesBackWhole() {
        UserAccount account = new UserAccount("CanBo.A", "Nguyễn Văn A", EnumSet.of(Role.CLERK, Role.SUPERVISOR),
                "$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA", true, true, 3,
                Optional.of(Instant.parse("2025-11-05T02:03:04.567Z")));

        accounts.save(account);

        assertThat(accounts.find("canbo.a")).contains(account);
        assertThat(accounts.find(" CANBO.A ")).contains(account);
        assertThat(accounts.find("canbo.b")).isEmpty();
        assertThat(accounts.find(null)).isEmpty();
    }

    @Test
    void savingAgainReplacesRolesAndState() {
        accounts.save(new UserAccount("canbo.a", "A", Set.of(Role.CLERK, Role.ADMIN), "h1", true, true, 4,
                Optional.of(Instant.parse("2025-11-05T02:00:00Z"))));
        UserAccount changed = new UserAccount("canbo.a", "A", Set.of(Role.SUPERVISOR), "h2", false, false, 0,
                Optional.empty());

        accounts.save(changed);

        assertThat(accounts.find("canbo.a")).contains(changed);
        assertThat(accounts.count()).isEqualTo(1);
    }

    @Test
    void allListsAccountsByUsername() {
        accounts.save(new UserAccount("nhanvien.b", "B", Set.of(Role.CLERK), "h", false, true, 0, Optional.empty()));
        accounts.save(new UserAccount("admin", "Quản trị", Set.of(Role.ADMIN), "h", false, true, 0, Optional.empty()));

        assertThat(accounts.all()).extracting(UserAccount::username).containsExactly("admin", "nhanvien.b");
        assertThat(accounts.count()).isEqualTo(2);
    }

    @Test
    void theCoreSignInRulesWorkOnTheRealStoreAndHasher() {
        Clock clock = Clock.fixed(Instant.parse("2025-11-05T01:00:00Z"), ZoneOffset.UTC);
        LocalAccounts local = new LocalAccounts(accounts, new Argon2PasswordHasher(1024, 1, 1), PasswordPolicy.DEFAULT,
                clock);

        assertThat(local.ensureInitialAdmin()).isTrue();
        assertThat(local.signIn("admin", "sai".toCharArray())).isInstanceOf(SignInResult.WrongCredentials.class);
        assertThat(accounts.find("admin").orElseThrow().failedAttempts()).isEqualTo(1);
        assertThat(local.signIn("admin", "admin".toCharArray())).isInstanceOf(SignInResult.SignedIn.class);
        assertThat(accounts.find("admin").orElseThrow().passwordHash()).startsWith("$argon2id$v=19$");
    }
}
