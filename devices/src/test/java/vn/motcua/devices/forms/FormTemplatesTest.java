package vn.motcua.devices.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormTemplatesTest {
    @TempDir
    Path folder;

    @Test
    void everyBundledTemplateLoadsAndFitsItsForm() {
        FormTemplates templates = FormTemplates.bundled();
        templates.checkAll();

        assertThat(templates.load(FormKind.RECEIPT).page().size()).isEqualTo(FormTemplate.PaperSize.A5);
        assertThat(templates.load(FormKind.RECEIPT).copies())
                .containsExactly("Liên 1: Lưu", "Liên 2: Giao khách hàng");
        assertThat(templates.load(FormKind.REFUSAL).version()).isEqualTo(FormTemplates.CURRENT_VERSION);
    }

    @Test
    void aReplacementSetInADirectoryIsUsedInsteadOfTheBundledOne() throws IOException {
        copyBundledSet();
        edit("mau-03.json", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "PHIẾU TỪ CHỐI (BẢN ĐỊA PHƯƠNG)");

        String text = new FormPdf(new FormRenderer(FormTemplates.directory(folder)).render(SampleForms.refusal()))
                .flatText();

        assertThat(text).contains("PHIẾU TỪ CHỐI (BẢN ĐỊA PHƯƠNG)", SampleForms.CODE);
    }

    @Test
    void anUnknownValueNameIsRefusedWithItsBlock() throws IOException {
        copyBundledSet();
        edit("mau-01.json", "Địa chỉ: {ownerAddress}", "Địa chỉ: {ownerAdress}");

        assertThatThrownBy(() -> FormTemplates.directory(folder).load(FormKind.RECEIPT))
                .isInstanceOf(FormTemplateException.class)
                .hasMessageContaining("mau-01.json")
                .hasMessageContaining("(paragraph): unknown value {ownerAdress}");
    }

    @Test
    void aValueOfAnotherFormIsUnknownToo() throws IOException {
        copyBundledSet();
        edit("mau-03.json", "{reason}", "{newDueAt}");

        assertThatThrownBy(() -> FormTemplates.directory(folder).load(FormKind.REFUSAL))
                .hasMessageContaining("unknown value {newDueAt}");
    }

    @Test
    void tableCellsNameTheirListsColumnsAndTheListMustExist() throws IOException {
        copyBundledSet();
        edit("mau-01.json", "\"cell\": \"{quantity}\"", "\"cell\": \"{amount}\"");
        edit("mau-02.json", "\"list\": \"missing\"", "\"list\": \"components\"");

        assertThatThrownBy(() -> FormTemplates.directory(folder).load(FormKind.RECEIPT))
                .hasMessageContaining("(table): unknown value {amount}");
        assertThatThrownBy(() -> FormTemplates.directory(folder).load(FormKind.SUPPLEMENT_REQUEST))
                .hasMessageContaining("unknown list \"components\"; SUPPLEMENT_REQUEST has [missing]");
    }

    @Test
    void everyCodeOfAPrintedChoiceNeedsItsWords() throws IOException {
        copyBundledSet();
        edit("mau-01.json", "\"PHOTOCOPY\": \"Bản chụp\"", "\"PHOTOKOPY\": \"Bản chụp\"");
        edit("phieu-kiem-soat.json", "\"result\": {", "\"outcome\": {");

        assertThatThrownBy(() -> FormTemplates.directory(folder).load(FormKind.RECEIPT))
                .hasMessageContaining("choices.components.form: no words for [PHOTOCOPY]")
                .hasMessageContaining("unknown codes [PHOTOKOPY]");
        assertThatThrownBy(() -> FormTemplates.directory(folder).load(FormKind.PROCESS_CONTROL))
                .hasMessageContaining("choices: outcome is not a coded value")
                .hasMessageContaining("{result} is printed but has no words for its codes");
    }

    @Test
    void strayBracesAndUnclosedBoldAreMistakes() throws IOException {
        copyBundledSet();
        edit("mau-03.json", "Của ông/bà: {ownerName}", "Của ông/bà: {ownerName");
        edit("mau-03.json", "Xin thông báo", "**Xin thông báo");

        assertThatThrownBy(() -> FormTemplates.directory(folder).load(FormKind.REFUSAL))
                .hasMessageContaining("stray brace in \"Của ông/bà: {ownerName\"")
                .hasMessageContaining("unclosed **");
    }

    @Test
    void aMistypedPropertyIsReportedWithItsLine() throws IOException {
        copyBundledSet();
        edit("mau-04.json", "\"spaceBefore\": 8", "\"spaceBefor\": 8");

        assertThatThrownBy(() -> FormTemplates.directory(folder).load(FormKind.APOLOGY))
                .isInstanceOf(FormTemplateException.class)
                .hasMessageContaining("mau-04.json")
                .hasMessageContaining("spaceBefor")
                .hasMessageMatching("(?s).*\\(line \\d+, column \\d+\\).*");
    }

    @Test
    void aMissingTemplateOrFragmentIsNamed() throws IOException {
        copyBundledSet();
        Files.delete(folder.resolve("thong-bao-dung-giai-quyet.json"));
        Files.delete(folder.resolve("letterhead-a4.json"));

        assertThatThrownBy(() -> FormTemplates.directory(folder).load(FormKind.STOP_NOTICE))
                .hasMessageContaining("file thong-bao-dung-giai-quyet.json not found");
        assertThatThrownBy(() -> FormTemplates.directory(folder).load(FormKind.REFUSAL))
                .hasMessageContaining("file letterhead-a4.json not found");
        assertThatThrownBy(() -> FormTemplates.bundled("v1999.1").load(FormKind.RECEIPT))
                .hasMessageContaining("not found in v1999.1");
    }

    @Test
    void aTemplateForAnotherFormIsRefused() throws IOException {
        copyBundledSet();
        Files.copy(folder.resolve("mau-03.json"), folder.resolve("mau-04.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> FormTemplates.directory(folder).load(FormKind.APOLOGY))
                .hasMessageContaining("form is \"mau-03\" but the file is for mau-04");
    }

    private void copyBundledSet() throws IOException {
        for (String name : new String[] {"mau-01", "mau-02", "mau-03", "mau-04", "thong-bao-dung-giai-quyet",
                "phieu-kiem-soat", "letterhead-a4", "letterhead-a5"}) {
            try (InputStream in = FormTemplates.class.getResourceAsStream(
                    "/vn/motcua/devices/forms/" + FormTemplates.CURRENT_VERSION + "/" + name + ".json")) {
                Files.copy(in, folder.resolve(name + ".json"));
            }
        }
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = folder.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).as("template text to edit").contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
