package vn.motcua.devices.pages;

import vn.motcua.core.scan.RawPage;

/**
 * NAPS2's rule with a despeckle step and a guard for short writing. A pixel darker than 179 is ink;
 * 1 % margins are ignored; ink is grouped into connected marks and specks of dust (at most 0.6 mm across)
 * are dropped. The page is blank when the remaining ink covers less than 0.15 % of it, unless it carries
 * writing: a mark at least 10 mm long (a signature, a handwritten line) or five letter-sized marks (a short
 * printed line), which NAPS2's ratio alone would call blank. A letter-sized mark is at least 1.2 mm high or
 * wide and holds at least 0.3 mm² of ink, so that a cluster of dust is not taken for a letter.
 */
public final class BlankPageDetector {
    static final double INK_RATIO_LIMIT = 0.0015;
    static final double MARGIN = 0.01;
    static final double SPECK_MM = 0.6;
    static final double WRITING_MM = 10;
    static final int WRITING_MARKS = 5;
    static final double LETTER_MM = 1.2;
    static final double LETTER_INK_MM2 = 0.3;

    /** What the detector found: ink share after despeckle and the number of letter-sized marks. */
    public record Finding(boolean blank, double inkRatio, int marks) {
    }

    public Finding detect(RawPage raw) {
        return detect(InkMap.of(raw));
    }

    Finding detect(InkMap map) {
        int x0 = (int) (map.width() * MARGIN);
        int y0 = (int) (map.height() * MARGIN);
        int x1 = map.width() - x0;
        int y1 = map.height() - y0;
        double mmPerCell = 25.4 * map.factor() / map.dpi();
        int speckCells = Math.max(1, (int) Math.floor(SPECK_MM / mmPerCell));
        int writingCells = (int) Math.ceil(WRITING_MM / mmPerCell);
        int letterCells = (int) Math.ceil(LETTER_MM / mmPerCell);
        double pixelsPerMm = map.dpi() / 25.4;
        long letterInk = Math.round(LETTER_INK_MM2 * pixelsPerMm * pixelsPerMm);

        var marks = new Marks(map, x0, y0, x1, y1);
        long ink = 0;
        int count = 0;
        boolean writing = false;
        for (Marks.Mark m = marks.next(); m != null; m = marks.next()) {
            if (m.width() <= speckCells && m.height() <= speckCells) {
                continue;
            }
            ink += m.ink();
            if ((m.width() >= letterCells || m.height() >= letterCells) && m.ink() >= letterInk) {
                count++;
            }
            writing |= m.width() >= writingCells || m.height() >= writingCells;
        }
        double area = (double) (x1 - x0) * (y1 - y0) * map.factor() * map.factor();
        double ratio = Math.min(1, ink / area);
        boolean blank = ratio < INK_RATIO_LIMIT && !writing && count < WRITING_MARKS;
        return new Finding(blank, ratio, count);
    }

    /** Connected ink cells (8-neighbourhood) inside the margins, found one at a time by flood fill. */
    private static final class Marks {
        record Mark(int width, int height, long ink) {
        }

        private final InkMap map;
        private final int x0;
        private final int y0;
        private final int x1;
        private final int y1;
        private final boolean[] seen;
        private int[] stack = new int[1024];
        private int cursor;

        Marks(InkMap map, int x0, int y0, int x1, int y1) {
            this.map = map;
            this.x0 = x0;
            this.y0 = y0;
            this.x1 = x1;
            this.y1 = y1;
            this.seen = new boolean[map.counts().length];
            this.cursor = y0 * map.width() + x0;
        }

        Mark next() {
            byte[] counts = map.counts();
            int w = map.width();
            for (; cursor < y1 * w; cursor++) {
                int x = cursor % w;
                if (x >= x0 && x < x1 && counts[cursor] != 0 && !seen[cursor]) {
                    return fill(cursor);
                }
            }
            return null;
        }

        private Mark fill(int start) {
            byte[] counts = map.counts();
            int w = map.width();
            int minX = Integer.MAX_VALUE;
            int maxX = -1;
            int minY = Integer.MAX_VALUE;
            int maxY = -1;
            long ink = 0;
            int top = 0;
            stack[top++] = start;
            seen[start] = true;
            while (top > 0) {
                int at = stack[--top];
                int x = at % w;
                int y = at / w;
                ink += counts[at];
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < y0 || ny >= y1) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int n = ny * w + nx;
                        if (nx >= x0 && nx < x1 && counts[n] != 0 && !seen[n]) {
                            seen[n] = true;
                            if (top == stack.length) {
                                stack = java.util.Arrays.copyOf(stack, top * 2);
                            }
                            stack[top++] = n;
                        }
                    }
                }
            }
            return new Mark(maxX - minX + 1, maxY - minY + 1, ink);
        }
    }
}
