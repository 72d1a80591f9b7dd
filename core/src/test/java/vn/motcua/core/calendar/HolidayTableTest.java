package vn.motcua.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HolidayTableTest {

    private static final String HEADER = "# version: test-1\ndate\tkind\tname\n";

    @Test
    void bundledTableIsVersionedAndCoversOnlyCompleteYears() {
        HolidayTable bundled = HolidayTable.bundled();

        assertThat(bundled.version()).isEqualTo("2026.1");
        assertThat(bundled.covers(2025)).isTrue();
        assertThat(bundled.covers(2026)).isFalse();
        assertThat(bundled.entryOn(LocalDate.of(2025, 4, 26)))
                .hasValueSatisfying(entry -> assertThat(entry.kind()).isEqualTo(DayKind.MAKEUP_WORKDAY));
        assertThat(bundled.entryOn(LocalDate.of(2025, 5, 2)))
                .hasValueSatisfying(entry -> assertThat(entry.kind()).isEqualTo(DayKind.COMPENSATORY_OFF));
        assertThat(bundled.entryOn(LocalDate.of(2026, 11, 24)))
                .hasValueSatisfying(entry -> assertThat(entry.name()).startsWith("Ngày Văn hóa Việt Nam"));
    }

    @Test
    void bundledTetRowsAreWeekdaysOnly() {
        assertThat(HolidayTable.bundled().entriesIn(2026))
                .filteredOn(entry -> entry.name().startsWith("Tết Nguyên Đán"))
                .extracting(CalendarEntry::date)
                .containsExactly(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
                        LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));
    }

    @Test
    void parsesRowsCoverageCommentsBlankLinesCrLfAndByteOrderMark() {
        String text = "\uFEFF# an office file\r\n# version: office-7\r\n\r\ndate\tkind\tname\r\n"
                + "2027\tCOVERED_YEAR\tĐủ năm 2027\r\n"
                + "# make-up day\r\n"
                + "2027-03-13\tMAKEUP_WORKDAY\tLàm bù\r\n"
                + "2027-03-15 \t COMPENSATORY_OFF \t Nghỉ hoán đổi \r\n";

        HolidayTable table = HolidayTable.parse("office.tsv", text);

        assertThat(table.version()).isEqualTo("office-7");
        assertThat(table.coveredYears()).containsExactly(2027);
        assertThat(table.entries()).containsExactly(
                new CalendarEntry(LocalDate.of(2027, 3, 13), DayKind.MAKEUP_WORKDAY, "Làm bù"),
                new CalendarEntry(LocalDate.of(2027, 3, 15), DayKind.COMPENSATORY_OFF, "Nghỉ hoán đổi"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("malformedTables")
    void parseErrorsNameTheLine(String text, int line, String problem) {
        assertThatThrownBy(() -> HolidayTable.parse("office.tsv", text))
                .isInstanceOfSatisfying(HolidayTableFormatException.class, e -> {
                    assertThat(e.lineNumber()).isEqualTo(line);
                    assertThat(e.source()).isEqualTo("office.tsv");
                })
                .hasMessageStartingWith("office.tsv line " + line + ": ")
                .hasMessageContaining(problem);
    }

    static Stream<Arguments> malformedTables() {
        return Stream.of(
                Arguments.of(HEADER + "2026-02-30\tHOLIDAY\tx\n", 3, "'2026-02-30' is not a date"),
                Arguments.of(HEADER + "2026-02-16\tHOLIDAYS\tx\n", 3, "unknown kind 'HOLIDAYS'"),
                Arguments.of(HEADER + "\n2026-02-16\tHOLIDAY\n", 4, "expected 3 tab-separated fields"),
                Arguments.of(HEADER + "2026-02-16 HOLIDAY Tết\n", 3, "found 1"),
                Arguments.of(HEADER + "2026-02-16\tHOLIDAY\t \n", 3, "the name is empty"),
                Arguments.of(HEADER + "2026-02-16\tHOLIDAY\tTết\n# x\n2026-02-16\tCOMPENSATORY_OFF\ty\n", 5,
                        "date 2026-02-16 is already listed on line 3"),
                Arguments.of(HEADER + "26\tCOVERED_YEAR\tx\n", 3, "needs a year (yyyy)"),
                Arguments.of(HEADER + "2026\tCOVERED_YEAR\tx\n2026\tCOVERED_YEAR\ty\n", 4, "already marked COVERED_YEAR on line 3"),
                Arguments.of("# no version\ndate\tkind\tname\n", 2, "missing '# version: ...'"),
                Arguments.of("# version: 1\n# version: 2\n", 2, "second '# version:'"),
                Arguments.of("# version: 1\ndate,kind,name\n", 2, "expected the column header 'date<TAB>kind<TAB>name'"),
                Arguments.of("# version: 1\n\n", 2, "no column header"),
                Arguments.of("", 1, "no column header"));
    }

    @Test
    void mergeLetsTheLaterTableWinAndUnitesCoverage() {
        HolidayTable bundled = HolidayTable.parse("bundled", HEADER
                + "2025\tCOVERED_YEAR\tall\n"
                + "2025-09-01\tHOLIDAY\tQuốc khánh (ngày liền kề)\n"
                + "2025-09-02\tHOLIDAY\tQuốc khánh\n");
        HolidayTable office = HolidayTable.parse("office", "# version: office-3\n" + "date\tkind\tname\n"
                + "2027\tCOVERED_YEAR\tall\n"
                + "2025-09-01\tMAKEUP_WORKDAY\ttrực tiếp nhận hồ sơ\n");

        HolidayTable merged = HolidayTable.merge(bundled, office);

        assertThat(merged.version()).isEqualTo("test-1 + office-3");
        assertThat(merged.coveredYears()).containsExactly(2025, 2027);
        assertThat(merged.entryOn(LocalDate.of(2025, 9, 1))).map(CalendarEntry::kind).hasValue(DayKind.MAKEUP_WORKDAY);
        assertThat(merged.entryOn(LocalDate.of(2025, 9, 2))).map(CalendarEntry::kind).hasValue(DayKind.HOLIDAY);
    }

    @Test
    void aTableCannotListADateTwice() {
        CalendarEntry holiday = new CalendarEntry(LocalDate.of(2026, 1, 1), DayKind.HOLIDAY, "Tết Dương lịch");
        assertThatThrownBy(() -> new HolidayTable("v", List.of(holiday, holiday), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two entries for 2026-01-01");
    }
}
