package vn.motcua.devices.scan.sane;

import java.util.Objects;

/**
 * Where a SANE scanner is: {@code sane://HOST:PORT/NAME}, e.g. {@code sane://127.0.0.1:6566/test:0} or
 * {@code sane://[::1]:6566/epson2:net:192.168.1.20}. NAME is the SANE device name, everything after the
 * first slash, unescaped (SANE names hold colons and slashes).
 */
public record SaneDeviceId(String host, int port, String name) {
    static final String SCHEME = "sane://";

    public SaneDeviceId {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(name, "name");
        if (host.isBlank() || name.isBlank() || port < 1 || port > 65535) {
            throw new IllegalArgumentException("A SANE device needs a host, a port 1..65535 and a name");
        }
    }

    /** @throws IllegalArgumentException when {@code id} is not a SANE device id */
    public static SaneDeviceId parse(String id) {
        if (id == null || !id.startsWith(SCHEME)) {
            throw notAnId(id);
        }
        String rest = id.substring(SCHEME.length());
        int hostEnd = rest.startsWith("[") ? rest.indexOf(']') + 1 : rest.indexOf(':');
        int slash = rest.indexOf('/', Math.max(hostEnd, 0));
        if (hostEnd <= 0 || slash < 0 || rest.charAt(hostEnd) != ':') {
            throw notAnId(id);
        }
        String host = rest.substring(0, hostEnd).replace("[", "").replace("]", "");
        try {
            return new SaneDeviceId(host, Integer.parseInt(rest.substring(hostEnd + 1, slash)), rest.substring(slash + 1));
        } catch (IllegalArgumentException e) {
            throw notAnId(id);
        }
    }

    @Override
    public String toString() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return SCHEME + shownHost + ":" + port + "/" + name;
    }

    private static IllegalArgumentException notAnId(String id) {
        return new IllegalArgumentException("'" + id + "' is not a SANE device id like sane://127.0.0.1:6566/test:0");
    }
}
