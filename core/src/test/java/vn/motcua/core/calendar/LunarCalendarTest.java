package vn.motcua.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;

class LunarCalendarTest {

    private static final String REFERENCE_DATES = "/vn/motcua/core/calendar/lunar-test-dates.tsv";

    private final LunarCalendar vietnam = LunarCalendar.vietnam();
    private final LunarCalendar china = new LunarCalendar(ZoneOffset.ofHours(8));

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvFileSource(resources = REFERENCE_DATES, delimiter = '\t', numLinesToSkip = 1)
    void tetIsLunarNewYearInVietnam(int year, LocalDate tet, LocalDate gioTo) {
        assertThat(vietnam.toSolar(year, 1, 1, false)).isEqualTo(tet);
        assertThat(vietnam.newYear(year)).isEqualTo(tet);
        assertThat(vietnam.toLunar(tet)).isEqualTo(new LunarDate(year, 1, 1, false));
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} is {2}")
    @CsvFileSource(resources = REFERENCE_DATES, delimiter = '\t', numLinesToSkip = 1)
    void gioToHungVuongIsLunarTenthOfThirdMonth(int year, LocalDate tet, LocalDate gioTo) {
        assertThat(vietnam.toSolar(year, 3, 10, false)).isEqualTo(gioTo);
        assertThat(vietnam.toLunar(gioTo)).isEqualTo(new LunarDate(year, 3, 10, false));
    }

    @ParameterizedTest(name = "every day of {0} round-trips")
    @MethodSource("years2024To2035")
    void everyDayRoundTripsThroughTheLunarCalendar(int year) {
        SoftAssertions softly = new SoftAssertions();
        LunarDate previous = vietnam.toLunar(LocalDate.of(year, 1, 1).minusDays(1));
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            LunarDate lunar = vietnam.toLunar(day);
            softly.assertThat(vietnam.toSolar(lunar)).as("toSolar(toLunar(%s)) = toSolar(%s)", day, lunar).isEqualTo(day);
            softly.assertThat(lunar.day() == previous.day() + 1 || lunar.day() == 1)
                    .as("%s follows %s", lunar, previous).isTrue();
            previous = lunar;
        }
        softly.assertAll();
    }

    static IntStream years2024To2035() {
        return IntStream.rangeClosed(2024, 2035);
    }

    @Test
    void tet2030IsOneDayEarlierInVietnamThanInChina() {
        assertThat(vietnam.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
        assertThat(china.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 3));
        assertThat(china.toLunar(LocalDate.of(2030, 2, 2))).satisfies(lunar -> {
            assertThat(lunar.year()).isEqualTo(2029);
            assertThat(lunar.month()).isEqualTo(12);
        });
    }

    @Test
    void offsetIsAConstructorParameter() {
        assertThat(vietnam.offset()).isEqualTo(ZoneOffset.ofHours(7));
        assertThat(china.offset()).isEqualTo(ZoneOffset.ofHours(8));
    }

    @Test
    void leapMonthIsTheFirstMonthWithoutAMajorSolarTerm() {
        assertThat(vietnam.leapMonth(2023)).hasValue(2);
        assertThat(vietnam.leapMonth(2025)).hasValue(6);
        assertThat(vietnam.leapMonth(2026)).isEmpty();
        assertThat(vietnam.leapMonth(2033)).hasValue(11);
        assertThat(vietnam.toSolar(2023, 2, 1, true)).isEqualTo(LocalDate.of(2023, 3, 22));
        assertThat(vietnam.toSolar(2025, 6, 1, true)).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(vietnam.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(2025, 6, 1, true));
        assertThat(vietnam.toLunar(LocalDate.of(2025, 7, 24))).isEqualTo(new LunarDate(2025, 6, 30, false));
    }

    @Test
    void tetEveIsTheLastDayOfTheTwelfthMonth() {
        assertThat(vietnam.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(new LunarDate(2025, 12, 29, false));
        assertThat(vietnam.lengthOfMonth(2025, 12, false)).isEqualTo(29);
        assertThat(vietnam.toLunar(LocalDate.of(2024, 2, 9))).isEqualTo(new LunarDate(2023, 12, 30, false));
    }

    @Test
    void rejectsLunarDatesThatDoNotExist() {
        assertThatIllegalArgumentException().isThrownBy(() -> vietnam.toSolar(2025, 12, 30, false))
                .withMessageContaining("29 days");
        assertThatIllegalArgumentException().isThrownBy(() -> vietnam.toSolar(2026, 6, 1, true))
                .withMessageContaining("not a leap month");
        assertThatIllegalArgumentException().isThrownBy(() -> vietnam.toSolar(2026, 13, 1, false));
        assertThatIllegalArgumentException().isThrownBy(() -> vietnam.toSolar(2026, 1, 0, false));
    }
}
