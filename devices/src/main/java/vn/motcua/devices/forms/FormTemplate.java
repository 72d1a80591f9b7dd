package vn.motcua.devices.forms;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A paper form as data: page, static Vietnamese texts, the blocks and the words each coded value prints as.
 *
 * @param copies      one label per copy ("Liên 1: Lưu" …), printed through {@code {copyLabel}}; empty for one copy
 * @param blank       printed for an empty value, so the citizen sees a line to fill in by hand
 * @param pageNumbers printed at the foot of a copy that runs over more than one page
 * @param choices     per coded field (e.g. {@code delivery}, {@code components.form}), code → printed text
 */
public record FormTemplate(String form, String version, String title, PageSpec page, List<String> copies,
        String blank, String pageNumbers, Map<String, Map<String, String>> choices, List<TemplateBlock> blocks) {

    public FormTemplate {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(blocks, "blocks");
        version = version == null ? "" : version;
        copies = copies == null ? List.of() : List.copyOf(copies);
        blank = blank == null ? "……………" : blank;
        pageNumbers = pageNumbers == null ? "" : pageNumbers;
        choices = choices == null ? Map.of() : Map.copyOf(choices);
        blocks = List.copyOf(blocks);
    }

    FormTemplate withBlocks(List<TemplateBlock> expanded) {
        return new FormTemplate(form, version, title, page, copies, blank, pageNumbers, choices, expanded);
    }

    int copyCount() {
        return Math.max(1, copies.size());
    }

    /**
     * @param size        A4 or A5
     * @param orientation portrait unless given; wide tables such as the register are landscape
     * @param margins     top, right, bottom, left in millimetres
     */
    public record PageSpec(PaperSize size, Orientation orientation, List<Float> margins, Float fontSize) {
        public PageSpec {
            Objects.requireNonNull(size, "page.size");
            orientation = orientation == null ? Orientation.PORTRAIT : orientation;
            margins = margins == null ? List.of(15f, 15f, 15f, 20f) : List.copyOf(margins);
            if (margins.size() != 4) {
                throw new IllegalArgumentException("page.margins needs four numbers: top, right, bottom, left");
            }
            fontSize = fontSize == null ? 11f : fontSize;
        }

        float widthMm() {
            return orientation == Orientation.LANDSCAPE ? size.heightMm : size.widthMm;
        }

        float heightMm() {
            return orientation == Orientation.LANDSCAPE ? size.widthMm : size.heightMm;
        }
    }

    public enum Orientation {
        PORTRAIT, LANDSCAPE
    }

    public enum PaperSize {
        A4(210, 297), A5(148, 210);

        final float widthMm;
        final float heightMm;

        PaperSize(float widthMm, float heightMm) {
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }
    }
}
