package vn.motcua.sandbox;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Open login sessions. Kept in memory only: a restarted province forgets every session, as real ones do. */
final class SessionTable {
    record Session(String token, String user, String agency, Instant expires) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    Session open(String user, String agency, Instant now, Duration lifetime) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        Session session = new Session(HexFormat.of().formatHex(bytes), user, agency, now.plus(lifetime));
        sessions.put(session.token(), session);
        return session;
    }

    Optional<Session> valid(String token, Instant now) {
        Session session = token == null ? null : sessions.get(token);
        if (session != null && !now.isBefore(session.expires())) {
            sessions.remove(token);
            return Optional.empty();
        }
        return Optional.ofNullable(session);
    }

    void expire(String token) {
        if (token != null) {
            sessions.remove(token);
        }
    }

    int expireAll() {
        int count = sessions.size();
        sessions.clear();
        return count;
    }
}
