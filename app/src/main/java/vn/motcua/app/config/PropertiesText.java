package vn.motcua.app.config;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The desk's settings files as text an administrator can read and edit: UTF-8 (Vietnamese as is, no
 * {@code \\uXXXX}), keys grouped by device with a Vietnamese comment per group, unknown keys kept at the end.
 * {@link Properties#load(java.io.Reader)} reads back exactly what was written.
 */
final class PropertiesText {
    /** Groups in file order: a key belongs to the first group whose prefix it starts with. */
    private static final Map<String, String> GROUPS = groups();

    private PropertiesText() {
    }

    private static Map<String, String> groups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put(DeskConfig.VERSION_KEY, "Phiên bản định dạng của tệp này (ứng dụng tự nâng cấp tệp cũ; đừng sửa).");
        groups.put("desk.", "Đơn vị và quầy: mã định danh đơn vị (QCVN 102:2016), tên đơn vị, số quầy.");
        groups.put("forms.", "Phiếu giấy (Mẫu 01–04): địa danh in trên phiếu.");
        groups.put("formsPrinter.", "Máy in văn phòng cho phiếu giấy (tên máy in của hệ điều hành).");
        groups.put("ticketPrinter.", "Máy in phiếu số thứ tự (ESC/POS): TCP, SERIAL, USB_FILE hoặc VIRTUAL.");
        groups.put("scanner.", "Máy quét: VIRTUAL, SANE hoặc ESCL.");
        groups.put("keypad.", "Bàn phím đánh giá mức độ hài lòng (cổng nối tiếp).");
        groups.put("qrReader.", "Đầu đọc mã QR trên thẻ căn cước (cổng nối tiếp).");
        groups.put("ocr.", "Nhận dạng chữ (OCR) trên bản quét.");
        groups.put(vn.motcua.store.sync.SyncSettings.PREFIX,
                "Kết nối hệ thống một cửa tỉnh. Mật khẩu nằm trong secrets.properties (chỉ chủ tài khoản đọc được).");
        return groups;
    }

    static String render(List<String> header, SortedMap<String, String> values) {
        Map<String, SortedMap<String, String>> grouped = new LinkedHashMap<>();
        GROUPS.keySet().forEach(prefix -> grouped.put(prefix, new TreeMap<>()));
        SortedMap<String, String> others = new TreeMap<>();
        values.forEach((key, value) -> GROUPS.keySet().stream().filter(key::startsWith).findFirst()
                .map(grouped::get).orElse(others).put(key, value));
        StringBuilder text = new StringBuilder();
        header.forEach(line -> text.append("# ").append(line).append('\n'));
        grouped.forEach((prefix, keys) -> section(text, GROUPS.get(prefix), keys));
        section(text, "Cài đặt khác.", others);
        return text.toString();
    }

    private static void section(StringBuilder text, String comment, SortedMap<String, String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        text.append('\n').append("# ").append(comment).append('\n');
        keys.forEach((key, value) -> text.append(escape(key, true)).append('=').append(escape(value, false))
                .append('\n'));
    }

    /** As {@link Properties#store} escapes, minus the {@code \\uXXXX} of non-ASCII text. */
    static String escape(String text, boolean key) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\f' -> escaped.append("\\f");
                case ' ' -> escaped.append(key || i == 0 ? "\\ " : " ");
                case '=', ':', '#', '!' -> {
                    if (key || i == 0) {
                        escaped.append('\\');
                    }
                    escaped.append(c);
                }
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** @throws IllegalArgumentException for a malformed {@code \\uXXXX} escape */
    static SortedMap<String, String> parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException("a StringReader does not fail", e);
        }
        SortedMap<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return values;
    }
}
