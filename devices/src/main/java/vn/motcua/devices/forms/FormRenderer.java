package vn.motcua.devices.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Fills a form's template with its values into a PDF: every page one sheet of the template's paper size, every
 * copy (liên) starting on its own page, fonts embedded, language vi-VN, titled by the form and dossier code.
 * Stateless and thread-safe; rendering takes tens of milliseconds, so the screen calls it off the FX thread.
 */
public final class FormRenderer {
    private final FormTemplates templates;

    public FormRenderer(FormTemplates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /** Every copy of the form. */
    public byte[] render(FormContent form) {
        return render(form, Copies.all());
    }

    public byte[] render(FormContent form, Copies copies) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(form, copies, out);
        return out.toByteArray();
    }

    /**
     * @throws FormTemplateException when the form's template is broken
     * @throws FormDataException     when the values lack something the template prints
     */
    public void render(FormContent form, Copies copies, OutputStream out) {
        FormTemplate template = templates.load(form.kind());
        FormValues values = form.values();
        checkValues(template, values);
        try (PDDocument document = new PDDocument()) {
            describe(document, template, form.reference());
            FormFonts fonts = FormFonts.embedIn(document);
            PagePainter painter = new PagePainter(fonts);
            PDRectangle paper = paper(template.page());
            for (int copy : copies.of(template.copyCount())) {
                FilledText text = new FilledText(template, values.withText(FormFields.COPY_LABEL, label(template, copy)));
                for (List<Mark> marks : new FormLayout(template, fonts, text).layOut()) {
                    PDPage page = new PDPage(paper);
                    document.addPage(page);
                    painter.paint(document, page, marks);
                }
            }
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write form " + template.form(), e);
        }
    }

    private static String label(FormTemplate template, int copy) {
        return template.copies().isEmpty() ? "" : template.copies().get(copy - 1);
    }

    private static PDRectangle paper(FormTemplate.PageSpec page) {
        PDRectangle portrait = switch (page.size()) {
            case A4 -> PDRectangle.A4;
            case A5 -> PDRectangle.A5;
        };
        return page.orientation() == FormTemplate.Orientation.LANDSCAPE
                ? new PDRectangle(portrait.getHeight(), portrait.getWidth()) : portrait;
    }

    /** Title and language only: no personal data goes into the document's metadata. */
    private static void describe(PDDocument document, FormTemplate template, String reference) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(template.title() + (reference.isBlank() ? "" : " " + reference));
        info.setSubject(template.form() + " " + template.version());
        info.setCreator("MotCua Desk");
        info.setCreationDate(Calendar.getInstance());
        document.getDocumentCatalog().setLanguage("vi-VN");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    private static void checkValues(FormTemplate template, FormValues values) {
        TemplateNames names = TemplateNames.of(template);
        List<String> missing = new ArrayList<>();
        for (String name : names.texts()) {
            if (!name.equals(FormFields.COPY_LABEL) && values.text(name).isEmpty()) {
                missing.add(name);
            }
        }
        names.lists().forEach((list, columns) -> missingInRows(list, columns, values, missing));
        if (!missing.isEmpty()) {
            throw new FormDataException(template.form(), missing);
        }
    }

    private static void missingInRows(String list, Set<String> columns, FormValues values, List<String> missing) {
        List<Map<String, String>> rows = values.rows(list).orElse(null);
        if (rows == null) {
            missing.add(list);
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            for (String column : columns) {
                if (!column.equals(FormFields.ROW_INDEX) && !rows.get(i).containsKey(column)
                        && values.text(column).isEmpty()) {
                    missing.add(list + "[" + (i + 1) + "]." + column);
                }
            }
        }
    }
}
