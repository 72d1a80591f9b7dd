package vn.motcua.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.motcua.core.account.AccountStore;
import vn.motcua.core.account.Role;
import vn.motcua.core.account.UserAccount;

/** Local accounts in SQLite; usernames are stored normalised (lower case), as {@link UserAccount} makes them. */
public final class SqliteAccountStore implements AccountStore {
    private static final String UPSERT = """
            INSERT INTO user_account (username, display_name, password_hash, must_change_password, active,
                                      failed_attempts, locked_until)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (username) DO UPDATE SET
                display_name = excluded.display_name, password_hash = excluded.password_hash,
                must_change_password = excluded.must_change_password, active = excluded.active,
                failed_attempts = excluded.failed_attempts, locked_until = excluded.locked_until""";

    private final Database database;

    public SqliteAccountStore(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    @Override
    public Optional<UserAccount> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        String key = username.strip().toLowerCase(Locale.ROOT);
        return database.read(connection -> {
            List<UserAccount> found = select(connection, "SELECT * FROM user_account WHERE username = ?", key);
            return found.stream().findFirst();
        });
    }

    @Override
    public void save(UserAccount account) {
        Objects.requireNonNull(account, "account");
        database.write(Durability.FULL, connection -> {
            upsert(connection, account);
            replaceRoles(connection, account);
            return null;
        });
    }

    @Override
    public List<UserAccount> all() {
        return database.read(connection -> select(connection, "SELECT * FROM user_account ORDER BY username"));
    }

    @Override
    public int count() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM user_account");
                    ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        });
    }

    private static void upsert(Connection connection, UserAccount account) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, account.username());
            upsert.setString(2, account.displayName());
            upsert.setString(3, account.passwordHash());
            upsert.setInt(4, Columns.flag(account.mustChangePassword()));
            upsert.setInt(5, Columns.flag(account.active()));
            upsert.setInt(6, account.failedAttempts());
            upsert.setString(7, account.lockedUntil().map(Instant::toString).orElse(null));
            upsert.executeUpdate();
        }
    }

    private static void replaceRoles(Connection connection, UserAccount account) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM user_account_role WHERE username = ?")) {
            delete.setString(1, account.username());
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO user_account_role (username, role) VALUES (?, ?)")) {
            for (Role role : account.roles()) {
                insert.setString(1, account.username());
                insert.setString(2, role.name());
                insert.executeUpdate();
            }
        }
    }

    private static List<UserAccount> select(Connection connection, String sql, String... arguments)
            throws SQLException {
        List<UserAccount> accounts = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                query.setString(i + 1, arguments[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    accounts.add(account(connection, rows));
                }
            }
        }
        return accounts;
    }

    private static UserAccount account(Connection connection, ResultSet row) throws SQLException {
        String username = row.getString("username");
        return new UserAccount(username, row.getString("display_name"), roles(connection, username),
                row.getString("password_hash"), row.getInt("must_change_password") == 1, row.getInt("active") == 1,
                row.getInt("failed_attempts"), Optional.ofNullable(row.getString("locked_until")).map(Instant::parse));
    }

    private static Set<Role> roles(Connection connection, String username) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT role FROM user_account_role WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    roles.add(Role.valueOf(rows.getString(1)));
                }
            }
        }
        return roles;
    }
}
