package vn.motcua.core.scan.pages;

/** One edit recorded beside a raw page; the raw pixels are never changed. */
public sealed interface PageStep {

    /** Clockwise quarter turns, normalised to 0..3. */
    record Rotate(int quarterTurns) implements PageStep {
        public Rotate {
            quarterTurns = Math.floorMod(quarterTurns, 4);
        }
    }

    /**
     * The content is skewed by {@code degrees} (positive = clockwise as displayed); rendering turns it back.
     * A later Deskew replaces an earlier one.
     */
    record Deskew(double degrees) implements PageStep {
        public static final double MAX_DEGREES = 45;

        public Deskew {
            if (!Double.isFinite(degrees) || Math.abs(degrees) > MAX_DEGREES) {
                throw new IllegalArgumentException("Deskew angle must be within ±45°");
            }
        }
    }

    /** A rectangle in raw pixel coordinates (after deskew, before quarter turns). A later Crop replaces an earlier one. */
    record Crop(int x, int y, int width, int height) implements PageStep {
        public Crop {
            if (x < 0 || y < 0 || width < 1 || height < 1) {
                throw new IllegalArgumentException("A crop is a non-empty rectangle at non-negative coordinates");
            }
        }

        boolean fitsIn(int rawWidth, int rawHeight) {
            return (long) x + width <= rawWidth && (long) y + height <= rawHeight;
        }
    }
}
