package vn.motcua.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The command line of {@link ProvinceSandbox#main}; null from {@link #parse} means "print the usage". */
final class SandboxCommandLine {
    static final String USAGE = """
            Province sandbox: a stand-in for the provincial one-stop system (docs/provincial-api.md).
              --port N                0 = any free port (default 8089)
              --data DIR              keep state and uploaded files in DIR (default: memory only)
              --user NAME:PASSWORD    a login; repeatable (default canbo:sandbox)
              --agency CODE[:NAME]    an agency allowed as dstcode; repeatable (default 000.00.12.H62)
              --strict                a second create without CapNhat answers 409 "Hồ sơ đã tồn tại"
              --session-minutes N     session lifetime (default 480)
              --faults SPEC           e.g. "http503:2,drop-after@DongBoHoSoMC,slow~0.2,delay=3000,seed=7"
                                      kinds: http500 http503 slow drop-before drop-after drop-mid-upload
                                             duplicate expired-session malformed-json
              --seed N                seed of the fault rates (default 1)
              --page-size N           items per changed-since listing (default 50)
              --oauth ID:SECRET       an OAuth2 client-credentials gateway guards /api/ (tokens at /oauth/token)
              --token-minutes N       OAuth token lifetime (default 60)
            """;

    static final int DEFAULT_PORT = 8089;

    private SandboxCommandLine() {
    }

    static SandboxOptions parse(String[] args) {
        SandboxOptions options = SandboxOptions.defaults().withPort(DEFAULT_PORT);
        Map<String, String> users = new LinkedHashMap<>();
        Map<String, String> agencies = new LinkedHashMap<>();
        Map<String, String> oauthClient = new LinkedHashMap<>();
        Duration tokenLifetime = Duration.ofMinutes(60);
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--help") || flag.equals("-h")) {
                return null;
            }
            if (flag.equals("--strict")) {
                options = options.withStrictCreate(true);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing the value of " + flag);
            }
            String value = args[++i];
            switch (flag) {
                case "--port" -> options = options.withPort(Integer.parseInt(value));
                case "--data" -> options = options.withDataDirectory(Path.of(value));
                case "--user" -> putPair(users, value, null, flag);
                case "--agency" -> putPair(agencies, value, "Đơn vị " + value, flag);
                case "--session-minutes" -> options = options.withSessionLifetime(Duration.ofMinutes(Long.parseLong(value)));
                case "--faults" -> options = options.withFaults(value);
                case "--seed" -> options = options.withSeed(Long.parseLong(value));
                case "--page-size" -> options = options.withPageSize(Integer.parseInt(value));
                case "--oauth" -> putPair(oauthClient, value, null, flag);
                case "--token-minutes" -> tokenLifetime = Duration.ofMinutes(Long.parseLong(value));
                default -> throw new IllegalArgumentException("Unknown option " + flag);
            }
        }
        options = users.isEmpty() ? options : options.withUsers(users);
        options = agencies.isEmpty() ? options : options.withAgencies(agencies);
        for (Map.Entry<String, String> client : oauthClient.entrySet()) {
            options = options.withOAuth(client.getKey(), client.getValue(), tokenLifetime);
        }
        new FaultPlan(0, Duration.ZERO).add(options.faults());
        return options;
    }

    /** {@code name:rest} into the map; without ':' the key gets {@code fallback}, or it is an error when null. */
    private static void putPair(Map<String, String> into, String value, String fallback, String flag) {
        int colon = value.indexOf(':');
        if (colon < 0 && fallback == null) {
            throw new IllegalArgumentException(flag + " takes NAME:VALUE, got " + value);
        }
        into.put(colon < 0 ? value : value.substring(0, colon), colon < 0 ? fallback : value.substring(colon + 1));
    }

    static String banner(ProvinceSandbox sandbox) {
        SandboxOptions options = sandbox.options();
        return "Province sandbox listening\n  service URL: " + sandbox.serviceUri() + "\n  admin:       "
                + sandbox.adminUri() + "\n  users:       " + String.join(", ", options.users().keySet())
                + "\n  agencies:    " + String.join(", ", options.agencies().keySet())
                + "\n  storage:     " + (options.dataDirectory() == null ? "memory only" : options.dataDirectory())
                + (options.faults().isBlank() ? "" : "\n  faults:      " + options.faults())
                + options.oauth().map(client -> "\n  oauth:       " + sandbox.tokenUri() + " (client "
                        + client.clientId() + ", tokens " + client.tokenLifetime().toMinutes() + " min)").orElse("")
                + "\nCtrl+C stops it.";
    }
}
