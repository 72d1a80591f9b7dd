package vn.motcua.sandbox;

import java.util.regex.Pattern;

/**
 * Where a "changed since" listing resumes. The sandbox answers cursors {@code yyyyMMddHHmmss.N} (time of the
 * last change returned, then its change number) and takes back either such a cursor or a bare time
 * {@code yyyyMMddHHmmss} (everything changed at or after that second) or nothing (everything).
 */
record Cursor(long afterChange, String fromStamp) {
    private static final Pattern ISSUED = Pattern.compile("(\\d{14})\\.(\\d{1,18})");
    private static final Pattern TIME = Pattern.compile("\\d{14}");

    static Cursor parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return new Cursor(0, null);
        }
        var issued = ISSUED.matcher(text);
        if (issued.matches()) {
            return new Cursor(Long.parseLong(issued.group(2)), null);
        }
        if (TIME.matcher(text).matches() && ProvinceTime.parse(text).isPresent()) {
            return new Cursor(0, text);
        }
        throw Refusal.invalid(field, "Sai định dạng " + field + " (yyyyMMddHHmmss hoặc con trỏ đã nhận)");
    }

    boolean precedes(ProvinceState.Changed item) {
        return item.change() > afterChange && (fromStamp == null || item.changedAt().compareTo(fromStamp) >= 0);
    }

    static String after(ProvinceState.Changed item) {
        return after(item.changedAt(), item.change());
    }

    static String after(String stamp, long change) {
        return stamp + "." + change;
    }
}
