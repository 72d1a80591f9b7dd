package vn.motcua.devices.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.devices.forms.TemplateBlock.TextStyle;

/**
 * Breaks styled text into lines, one line at a time so each line may have its own width (text flowing beside
 * a QR code). Breaks at spaces; a word wider than the line is cut between letters; a line end inside a value
 * (a reason typed on several lines) starts a new line. Runs of spaces keep their width, so a template can
 * set two fields apart on one line.
 */
final class LineBreaker {
    private static final Pattern TOKEN = Pattern.compile("\\n|[ \\t\\r\\u00A0]+|[^\\s\\u00A0]+");

    record Run(String text, TextStyle style) {
    }

    record Piece(String text, TextStyle style, float width, boolean space) {
    }

    /** {@code last} marks the last line of the text or one ended by a line break: it is never justified. */
    record Line(List<Piece> pieces, float width, boolean last) {
        boolean isEmpty() {
            return pieces.isEmpty();
        }
    }

    private final List<Piece> tokens = new ArrayList<>();
    private final FormFonts fonts;
    private final float size;
    private int next;

    LineBreaker(List<Run> runs, FormFonts fonts, float size) {
        this.fonts = fonts;
        this.size = size;
        runs.forEach(this::tokenise);
    }

    boolean hasMore() {
        return next < tokens.size();
    }

    Line nextLine(float maxWidth) {
        List<Piece> line = new ArrayList<>();
        float width = 0;
        Piece pendingSpace = null;
        while (next < tokens.size()) {
            Piece token = tokens.get(next);
            if (token.text().equals("\n")) {
                next++;
                return new Line(line, width, true);
            }
            if (token.space()) {
                pendingSpace = line.isEmpty() ? null : token;
                next++;
                continue;
            }
            float spaceWidth = pendingSpace == null ? 0 : pendingSpace.width();
            int end = wordEnd(next);
            float wordWidth = widthOf(next, end);
            if (width + spaceWidth + wordWidth > maxWidth) {
                if (!line.isEmpty()) {
                    break;
                }
                if (token.width() > maxWidth && token.text().codePointCount(0, token.text().length()) > 1) {
                    cutWord(token, maxWidth);
                    continue;
                }
                end = next + 1;
                wordWidth = token.width();
            }
            if (pendingSpace != null) {
                line.add(pendingSpace);
                pendingSpace = null;
            }
            line.addAll(tokens.subList(next, end));
            width += spaceWidth + wordWidth;
            next = end;
        }
        skipSpaces();
        return new Line(line, width, !hasMore());
    }

    /** Tokens of different styles with no space between them form one word, as "{code}." does. */
    private int wordEnd(int start) {
        int end = start;
        while (end < tokens.size() && !tokens.get(end).space() && !tokens.get(end).text().equals("\n")) {
            end++;
        }
        return end;
    }

    private float widthOf(int start, int end) {
        float sum = 0;
        for (int i = start; i < end; i++) {
            sum += tokens.get(i).width();
        }
        return sum;
    }

    private void skipSpaces() {
        while (next < tokens.size() && tokens.get(next).space()) {
            next++;
        }
    }

    /** Replaces the too-wide word by its longest fitting head (at least one letter) and the rest. */
    private void cutWord(Piece word, float maxWidth) {
        String text = word.text();
        int end = text.offsetByCodePoints(0, 1);
        while (end < text.length()) {
            int longer = text.offsetByCodePoints(end, 1);
            if (measure(text.substring(0, longer), word.style()) > maxWidth) {
                break;
            }
            end = longer;
        }
        tokens.set(next, piece(text.substring(0, end), word.style()));
        if (end < text.length()) {
            tokens.add(next + 1, piece(text.substring(end), word.style()));
        }
    }

    private void tokenise(Run run) {
        Matcher m = TOKEN.matcher(run.text());
        while (m.find()) {
            String token = m.group();
            if (token.equals("\n")) {
                tokens.add(new Piece("\n", run.style(), 0, false));
            } else if (token.isBlank()) {
                String spaces = token.replaceAll("[\\t\\r\\u00A0]", " ");
                tokens.add(new Piece(spaces, run.style(), measure(spaces, run.style()), true));
            } else {
                tokens.add(piece(fonts.printable(token), run.style()));
            }
        }
    }

    private Piece piece(String text, TextStyle style) {
        return new Piece(text, style, measure(text, style), false);
    }

    private float measure(String text, TextStyle style) {
        return fonts.width(text, style, size);
    }
}
