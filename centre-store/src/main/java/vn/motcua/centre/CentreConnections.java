package vn.motcua.centre;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * How every connection of a desk to the centre's database is set up: the {@value CentreSchema#SCHEMA} schema,
 * short timeouts so a lost LAN is noticed in seconds rather than minutes, and server-side limits so a desk that
 * vanishes mid-transaction cannot hold a lock for long.
 */
final class CentreConnections {
    private CentreConnections() {
    }

    /** The driver properties (the password among them: never log these). */
    static Properties properties(CentreSettings settings) {
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        properties.setProperty("password", settings.password());
        properties.setProperty("currentSchema", CentreSchema.SCHEMA);
        properties.setProperty("ApplicationName", "motcua-desk");
        properties.setProperty("connectTimeout", Long.toString(Math.max(1, settings.connectTimeout().toSeconds())));
        properties.setProperty("loginTimeout", Long.toString(Math.max(1, settings.connectTimeout().toSeconds())));
        // The socket gives up a little after the server's own statement timeout would have.
        properties.setProperty("socketTimeout", Long.toString(settings.statementTimeout().toSeconds() + 5));
        properties.setProperty("tcpKeepAlive", "true");
        long statementMillis = settings.statementTimeout().toMillis();
        properties.setProperty("options", "-c statement_timeout=" + statementMillis
                + " -c lock_timeout=" + Math.min(5_000, statementMillis)
                + " -c idle_in_transaction_session_timeout=" + Math.max(15_000, statementMillis)
                + " -c TimeZone=Asia/Ho_Chi_Minh");
        return properties;
    }

    /** A connection of its own (the event feed's LISTEN, the schema tool), outside the pool. */
    static Connection open(CentreSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), properties(settings));
    }
}
