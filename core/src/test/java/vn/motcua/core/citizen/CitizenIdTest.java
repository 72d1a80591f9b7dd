package vn.motcua.core.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.core.common.Parsed;

class CitizenIdTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    private static CitizenId valid(String raw) {
        Parsed<CitizenId, CitizenIdError> parsed = CitizenId.parse(raw, TODAY);
        assertThat(parsed.errorOptional()).as("error for a valid identifier").isEmpty();
        return parsed.toOptional().orElseThrow();
    }

    private static CitizenIdError errorFor(String raw, LocalDate today) {
        Parsed<CitizenId, CitizenIdError> parsed = CitizenId.parse(raw, today);
        assertThat(parsed.isOk()).as("parse result for an invalid identifier").isFalse();
        return parsed.errorOptional().orElseThrow();
    }

    @Test
    void readsAllPartsOfA12DigitPersonalId() {
        CitizenId id = valid("079203001234");

        assertThat(id.value()).isEqualTo("079203001234");
        assertThat(id.kind()).isEqualTo(CitizenId.Kind.PERSONAL_ID_12);
        assertThat(id.provinceCode()).contains("079");
        assertThat(id.provinceName()).contains("TP. Hồ Chí Minh");
        assertThat(id.gender()).contains(Gender.MALE);
        assertThat(id.birthYear()).contains(2003);
    }

    @ParameterizedTest(name = "{0} on {1} → born {2}, {3}")
    @CsvSource({
            "001090123456, 2026-05-20, 1990, MALE",
            "001190123456, 2026-05-20, 1990, FEMALE",
            "001205123456, 2026-05-20, 2005, MALE",
            "001305123456, 2026-05-20, 2005, FEMALE",
            "001430123456, 2150-01-01, 2130, MALE",
            "001530123456, 2150-01-01, 2130, FEMALE",
            "001630123456, 2250-01-01, 2230, MALE",
            "001730123456, 2250-01-01, 2230, FEMALE",
            "001830123456, 2350-01-01, 2330, MALE",
            "001930123456, 2350-01-01, 2330, FEMALE",
    })
    void centuryAndGenderDigitGivesCenturyAndGender(String raw, LocalDate today, int birthYear, Gender gender) {
        CitizenId id = CitizenId.parse(raw, today).toOptional().orElseThrow();

        assertThat(id.birthYear()).contains(birthYear);
        assertThat(id.gender()).contains(gender);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\r\n"})
    void emptyInputIsEmpty(String raw) {
        assertThat(errorFor(raw, TODAY)).isEqualTo(CitizenIdError.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "abc",
            "00109012345a",
            "O01090123456",
            "001-090-123456",
            "001.090.123456",
            "001\t090123456",
            "001\u00A0090123456",
            "00109012345\uFF16",
            "\u0660\u0660\u0661\u0660\u0669\u0660\u0661\u0662\u0663\u0664\u0665\u0666",
            "+84001090123",
            "12345678a",
    })
    void anythingButDigitsAndSpacesIsNonDigit(String raw) {
        assertThat(errorFor(raw, TODAY)).isEqualTo(CitizenIdError.NON_DIGIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "12345678", "0010901234", "00109012345", "0010901234567", "00109012345678"})
    void lengthsOtherThan9Or12AreWrongLength(String raw) {
        assertThat(errorFor(raw, TODAY)).isEqualTo(CitizenIdError.WRONG_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "003", "005", "097", "099", "100", "999"})
    void unknownProvinceCodeIsRejected(String provinceCode) {
        assertThat(errorFor(provinceCode + "090123456", TODAY)).isEqualTo(CitizenIdError.UNKNOWN_PROVINCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"001227123456", "001399123456", "001400123456", "001500123456", "001900123456"})
    void birthYearAfterThisYearIsInTheFuture(String raw) {
        assertThat(errorFor(raw, TODAY)).isEqualTo(CitizenIdError.BIRTH_YEAR_IN_FUTURE);
    }

    @Test
    void bornThisYearIsAccepted() {
        assertThat(valid("001326123456").birthYear()).contains(2026);
    }

    @Test
    void birthYearMoreThan120YearsAgoIsImplausible() {
        assertThat(errorFor("001005123456", TODAY)).isEqualTo(CitizenIdError.BIRTH_YEAR_IMPLAUSIBLE);
        assertThat(errorFor("001100123456", TODAY)).isEqualTo(CitizenIdError.BIRTH_YEAR_IMPLAUSIBLE);
        assertThat(valid("001006123456").birthYear()).contains(1906);
    }

    @Test
    void provinceIsCheckedBeforeBirthYear() {
        assertThat(errorFor("003227123456", TODAY)).isEqualTo(CitizenIdError.UNKNOWN_PROVINCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "001090123456",
            "  001090123456  ",
            "001 0 90 123456",
            "001  090  123  456",
            "\t001 090 123 456\r\n",
            "0 0 1 0 9 0 1 2 3 4 5 6",
    })
    void trimsWhitespaceAndAcceptsSpacesBetweenDigits(String raw) {
        CitizenId id = valid(raw);

        assertThat(id.value()).isEqualTo("001090123456");
        assertThat(id).isEqualTo(valid("001090123456")).hasSameHashCodeAs(valid("001090123456"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", " 123 456 789 ", "000000000"})
    void nineDigitsAreAnOldCmnd(String raw) {
        CitizenId id = valid(raw);

        assertThat(id.kind()).isEqualTo(CitizenId.Kind.OLD_CMND_9);
        assertThat(id.value()).isEqualTo(raw.replace(" ", ""));
        assertThat(id.provinceCode()).isEmpty();
        assertThat(id.provinceName()).isEmpty();
        assertThat(id.gender()).isEmpty();
        assertThat(id.birthYear()).isEmpty();
    }

    @Test
    void parsePersonalIdRejectsAnOldCmnd() {
        assertThat(CitizenId.parsePersonalId("123456789", TODAY)).isEqualTo(Parsed.err(CitizenIdError.WRONG_LENGTH));
        assertThat(CitizenId.parsePersonalId("001 090 123456", TODAY).toOptional().map(CitizenId::value))
                .contains("001090123456");
        assertThat(CitizenId.parsePersonalId("003090123456", TODAY))
                .isEqualTo(Parsed.err(CitizenIdError.UNKNOWN_PROVINCE));
    }

    @Test
    void maskedFormHidesTheMiddleDigits() {
        assertThat(valid("001090123456").masked()).isEqualTo("001*******56");
        assertThat(valid("123456789").masked()).isEqualTo("12*****89");
    }

    @ParameterizedTest
    @ValueSource(strings = {"079203001234", "123456789"})
    void toStringNeverRevealsTheNumber(String raw) {
        CitizenId id = valid(raw);

        assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain(raw).doesNotContain(raw.substring(2, 8));
        assertThat(CitizenId.parse(raw, TODAY).toString()).doesNotContain(raw);
        assertThat("owner " + id).doesNotContain(raw);
    }

    @Test
    void differentNumbersAreNotEqual() {
        assertThat(valid("001090123456")).isNotEqualTo(valid("001090123457"));
    }

    @Test
    void aReplacementProvinceTableIsHonoured() {
        ProvinceCodes table = ProvinceCodes.parse(List.of("003\tTỉnh thử"));

        CitizenId id = CitizenId.parse("003090123456", TODAY, table).toOptional().orElseThrow();

        assertThat(id.provinceName()).contains("Tỉnh thử");
        assertThat(CitizenId.parse("001090123456", TODAY, table)).isEqualTo(Parsed.err(CitizenIdError.UNKNOWN_PROVINCE));
    }

    @Test
    void everyErrorHasItsOwnMessageKeyAndDescription() {
        assertThat(CitizenIdError.UNKNOWN_PROVINCE.messageKey()).isEqualTo("citizenId.error.unknownProvince");
        assertThat(Arrays.stream(CitizenIdError.values()).map(CitizenIdError::messageKey))
                .doesNotHaveDuplicates()
                .allMatch(key -> key.matches("citizenId\\.error\\.[a-z][A-Za-z]+"));
        assertThat(Arrays.stream(CitizenIdError.values()).map(CitizenIdError::describe))
                .doesNotHaveDuplicates()
                .allMatch(text -> !text.isBlank());
    }
}
