package vn.motcua.app.scan;

import java.awt.image.BufferedImage;

/** One page in the scan panel's strip: a small picture, its number and what the clerk should notice. */
public record PageThumb(String id, int number, BufferedImage image, boolean blank, String note) {
}
