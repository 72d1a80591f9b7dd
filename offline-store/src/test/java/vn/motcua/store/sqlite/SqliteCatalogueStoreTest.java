package vn.motcua.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.calendar.ProcessingTime;
import vn.motcua.core.catalogue.CatalogueStore;
import vn.motcua.core.catalogue.DocumentForm;
import vn.motcua.core.catalogue.Fee;
import vn.motcua.core.catalogue.FieldOfWork;
import vn.motcua.core.catalogue.Procedure;
import vn.motcua.core.catalogue.ProcedureCode;
import vn.motcua.core.catalogue.RequiredComponent;
import vn.motcua.core.catalogue.ResultType;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.store.OfflineStore;

class SqliteCatalogueStoreTest {
    private static final FieldOfWork EDUCATION = new FieldOfWork("G09-GD", "Giáo dục và Đào tạo");

    @TempDir
    Path dir;
    private OfflineStore store;
    private CatalogueStore catalogue;

    @BeforeEach
    void open() {
        store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE);
        catalogue = store.catalogue();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Procedure copyFromRegister(String code) {
        return new Procedure(new ProcedureCode(code), "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", EDUCATION,
                ProcessingTime.workingDays(2),
                List.of(new RequiredComponent("000.00.00.G09-KQ002269", "Đơn đề nghị cấp bản sao",
                                DocumentForm.ORIGINAL, 1, true),
                        new RequiredComponent("", "Giấy ủy quyền (nếu nộp thay)", DocumentForm.CERTIFIED_COPY, 2,
                                false)),
                List.of(new Fee("Phí cấp bản sao", 3_000), new Fee("Lệ phí gửi qua bưu chính", 25_000)),
                List.of(new ResultType("KQ.G07.000122", "Bản sao văn bằng, chứng chỉ")), false);
    }

    private static Procedure named(String code, String name) {
        return new Procedure(new ProcedureCode(code), name, EDUCATION, ProcessingTime.calendarDays(15), List.of(),
                List.of(), List.of(), false);
    }

    @Test
    void aProcedureComesBackWhole() {
        Procedure procedure = copyFromRegister("1.005129");

        catalogue.save(procedure);

        assertThat(catalogue.find(new ProcedureCode("1.005129"))).contains(procedure);
        assertThat(catalogue.find(new ProcedureCode("1.000000"))).isEmpty();
        assertThat(catalogue.count()).isEqualTo(1);
    }

    @Test
    void savingAgainReplacesComponentsFeesAndResults() {
        catalogue.save(copyFromRegister("1.005129"));
        Procedure changed = new Procedure(new ProcedureCode("1.005129"), "Cấp bản sao văn bằng (sửa đổi)", EDUCATION,
                ProcessingTime.workingHours(8),
                List.of(new RequiredComponent("X", "Đơn mới", DocumentForm.PHOTOCOPY, 1, true)), List.of(),
                List.of(), false);

        catalogue.save(changed);

        assertThat(catalogue.find(changed.code())).contains(changed);
        assertThat(catalogue.count()).isEqualTo(1);
    }

    @Test
    void searchIgnoresAccentsAndCaseAndMatchesEveryWord() {
        catalogue.save(copyFromRegister("1.005129"));
        catalogue.save(named("1.001000", "Chuyển trường đối với học sinh trung học phổ thông"));
        catalogue.save(named("1.002000", "Phúc khảo bài thi tốt nghiệp THPT"));

        assertThat(codes(catalogue.search("cap ban sao", 10))).containsExactly("1.005129");
        assertThat(codes(catalogue.search("CẤP BẢN SAO", 10))).containsExactly("1.005129");
        assertThat(codes(catalogue.search("truong hoc sinh", 10))).containsExactly("1.001000");
        assertThat(codes(catalogue.search("dao tao", 10))).isEmpty();
        assertThat(codes(catalogue.search("phuc khao thpt", 10))).containsExactly("1.002000");
    }

    @Test
    void searchFindsByCodeAndTreatsLikeWildcardsLiterally() {
        catalogue.save(copyFromRegister("1.005129"));
        catalogue.save(named("2.000100", "Thủ tục 100% trực tuyến"));

        assertThat(codes(catalogue.search("005129", 10))).containsExactly("1.005129");
        assertThat(codes(catalogue.search("100%", 10))).containsExactly("2.000100");
        assertThat(codes(catalogue.search("%", 10))).containsExactly("2.000100");
        assertThat(codes(catalogue.search("_", 10))).isEmpty();
    }

    @Test
    void blankSearchListsAllByNameUpToTheLimit() {
        catalogue.save(named("3", "Đăng ký"));
        catalogue.save(named("1", "Cấp phép"));
        catalogue.save(named("2", "Báo cáo"));

        assertThat(codes(catalogue.search("", 10))).containsExactly("2", "1", "3");
        assertThat(codes(catalogue.search(null, 2))).containsExactly("2", "1");
        assertThat(catalogue.search("", 0)).isEmpty();
    }

    @Test
    void theDemoCatalogueIsLoadedOnceIntoAnEmptyCatalogueOnly() {
        assertThat(store.loadDemoCatalogueIfEmpty()).isTrue();
        int loaded = catalogue.count();
        assertThat(loaded).isBetween(8, 15);

        assertThat(store.loadDemoCatalogueIfEmpty()).isFalse();
        assertThat(catalogue.count()).isEqualTo(loaded);

        List<Procedure> all = catalogue.search("", 100);
        assertThat(all).allSatisfy(p -> {
            assertThat(p.demo()).isTrue();
            assertThat(p.code().value()).startsWith("DEMO.");
        });
        assertThat(codes(catalogue.search("cap ban sao van bang", 10))).containsExactly("DEMO.GD.001");
    }

    @Test
    void theDemoCatalogueIsNotLoadedOverARealOne() {
        catalogue.save(copyFromRegister("1.005129"));

        assertThat(store.loadDemoCatalogueIfEmpty()).isFalse();
        assertThat(catalogue.count()).isEqualTo(1);
    }

    private static List<String> codes(List<Procedure> procedures) {
        return procedures.stream().map(p -> p.code().value()).toList();
    }
}
