package vn.motcua.store.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.core.calendar.ProcessingTime;
import vn.motcua.core.catalogue.Procedure;
import vn.motcua.store.StoreException;

class DemoCatalogueTest {

    @Test
    void everyDemoProcedureIsMarkedAndComplete() {
        List<Procedure> procedures = DemoCatalogue.procedures();

        assertThat(procedures).hasSizeBetween(8, 15);
        assertThat(procedures).extracting(p -> p.code().value()).doesNotHaveDuplicates();
        assertThat(procedures).allSatisfy(p -> {
            assertThat(p.demo()).isTrue();
            assertThat(p.code().value()).startsWith("DEMO.");
            assertThat(p.components()).isNotEmpty();
            assertThat(p.results()).isNotEmpty();
            assertThat(p.processingTime().amount()).isPositive();
        });
        assertThat(procedures).extracting(Procedure::name).contains(
                "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
                "Chỉnh sửa nội dung văn bằng, chứng chỉ",
                "Chuyển trường đối với học sinh trung học phổ thông",
                "Công nhận văn bằng tốt nghiệp do cơ sở giáo dục nước ngoài cấp",
                "Cấp giấy chứng nhận tốt nghiệp tạm thời");
        assertThat(procedures).extracting(p -> p.processingTime().unit())
                .contains(ProcessingTime.Unit.WORKING_DAYS);
    }

    @Test
    void aFileThatDoesNotSayDemoDataIsRefused() {
        String json = """
                {"notice": "Danh mục thật", "procedures": []}""";

        assertThatThrownBy(() -> DemoCatalogue.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(StoreException.class).hasMessageContaining("DEMO DATA");
    }

    @Test
    void aProcedureWithoutTheDemoPrefixIsRefused() {
        String json = """
                {"notice": "DEMO DATA", "procedures": [{"code": "1.005129", "name": "Thật",
                 "field": {"code": "G", "name": "G"}, "processingTime": {"amount": 1, "unit": "WORKING_DAYS"},
                 "components": [], "fees": [], "results": []}]}""";

        assertThatThrownBy(() -> DemoCatalogue.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(StoreException.class).hasMessageContaining("DEMO.");
    }
}
