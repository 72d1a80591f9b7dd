package vn.motcua.sandbox;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The OAuth gateway's bearer tokens, in memory only, with what the gateway counted since start or reset. */
final class TokenTable {
    record Token(String value, Instant expires) {
    }

    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicInteger clientsRefused = new AtomicInteger();
    private final AtomicInteger callsRefused = new AtomicInteger();

    Token issue(Instant now, Duration lifetime) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        Token token = new Token(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), now.plus(lifetime));
        tokens.put(token.value(), token);
        issued.incrementAndGet();
        return token;
    }

    /** Whether the token is known and not expired at {@code now}; an expired token is forgotten. */
    boolean valid(String value, Instant now) {
        Token token = value == null ? null : tokens.get(value);
        if (token != null && !now.isBefore(token.expires())) {
            tokens.remove(value);
            return false;
        }
        return token != null;
    }

    void clientRefused() {
        clientsRefused.incrementAndGet();
    }

    void callRefused() {
        callsRefused.incrementAndGet();
    }

    int revokeAll() {
        int count = tokens.size();
        tokens.clear();
        return count;
    }

    /** Revokes every token and zeroes the counters. */
    void clear() {
        revokeAll();
        issued.set(0);
        clientsRefused.set(0);
        callsRefused.set(0);
    }

    SandboxAdmin.GatewayStats stats() {
        return new SandboxAdmin.GatewayStats(issued.get(), clientsRefused.get(), callsRefused.get());
    }
}
