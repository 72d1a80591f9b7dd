package vn.motcua.devices.printer;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/** Greedy line breaking at spaces; a word wider than the line is broken between letters. */
final class TextWrap {
    private TextWrap() {
    }

    static List<String> lines(String text, FontMetrics metrics, int maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (metrics.stringWidth(rest) > maxWidth && rest.length() > 1) {
                int fit = fittingPrefix(rest, metrics, maxWidth);
                lines.add(rest.substring(0, fit));
                rest = rest.substring(fit);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int fittingPrefix(String word, FontMetrics metrics, int maxWidth) {
        int end = 1;
        while (end < word.length() && metrics.stringWidth(word.substring(0, end + 1)) <= maxWidth) {
            end++;
        }
        return end;
    }
}
