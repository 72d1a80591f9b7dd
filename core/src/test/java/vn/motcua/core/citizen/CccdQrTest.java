package vn.motcua.core.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.core.citizen.CccdQrError.InvalidId;
import vn.motcua.core.citizen.CccdQrError.InvalidOldId;
import vn.motcua.core.citizen.CccdQrError.Problem;
import vn.motcua.core.common.Parsed;

class CccdQrTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    /** Fake data: 079 (TP.HCM), 2 = 2000s male, 03 → born 2003. */
    private static final String ID = "079203001234";
    private static final String OLD_CMND = "025123456";
    private static final String NAME = "Nguyễn Văn An";
    private static final String ADDRESS = "123 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh";
    private static final String FULL_QR = String.join("|", ID, OLD_CMND, NAME, "15082003", "Nam", ADDRESS, "01072021");

    private static CccdCard card(String raw) {
        Parsed<CccdCard, CccdQrError> parsed = CccdQr.parse(raw, TODAY);
        assertThat(parsed.errorOptional()).as("error for a readable QR").isEmpty();
        return parsed.toOptional().orElseThrow();
    }

    private static CccdQrError errorFor(String raw) {
        Parsed<CccdCard, CccdQrError> parsed = CccdQr.parse(raw, TODAY);
        assertThat(parsed.isOk()).as("parse result for an unreadable QR").isFalse();
        return parsed.errorOptional().orElseThrow();
    }

    /** The full QR with one field replaced. */
    private static String fullQrWith(int index, String value) {
        String[] fields = FULL_QR.split("\\|", -1);
        fields[index] = value;
        return String.join("|", fields);
    }

    private static CitizenId id(String raw) {
        return CitizenId.parse(raw, TODAY).toOptional().orElseThrow();
    }

    private static final CccdCard FULL_CARD = new CccdCard(id(ID), Optional.of(id(OLD_CMND)), NAME,
            LocalDate.of(2003, 8, 15), Optional.of(Gender.MALE), ADDRESS, Optional.of(LocalDate.of(2021, 7, 1)));

    @Test
    void readsEveryFieldOfARealisticQr() {
        CccdCard card = card(FULL_QR);

        assertThat(card.id().value()).isEqualTo(ID);
        assertThat(card.id().provinceName()).contains("TP. Hồ Chí Minh");
        assertThat(card.oldCmnd().map(CitizenId::value)).contains(OLD_CMND);
        assertThat(card.oldCmnd().map(CitizenId::kind)).contains(CitizenId.Kind.OLD_CMND_9);
        assertThat(card.fullName()).isEqualTo(NAME);
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(2003, 8, 15));
        assertThat(card.gender()).contains(Gender.MALE);
        assertThat(card.address()).isEqualTo(ADDRESS);
        assertThat(card.issuedOn()).contains(LocalDate.of(2021, 7, 1));
        assertThat(card).isEqualTo(FULL_CARD);
    }

    @Test
    void readsAFemaleCardWithoutOldCmnd() {
        CccdCard card = card("001305009876||Trần Thị Bích Ngọc|02112005|Nữ|Số 5 ngõ 12 Hoàng Hoa Thám, Ba Đình, Hà Nội|20042022");

        assertThat(card.id().gender()).contains(Gender.FEMALE);
        assertThat(card.oldCmnd()).isEmpty();
        assertThat(card.fullName()).isEqualTo("Trần Thị Bích Ngọc");
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(2005, 11, 2));
        assertThat(card.gender()).contains(Gender.FEMALE);
        assertThat(card.address()).isEqualTo("Số 5 ngõ 12 Hoàng Hoa Thám, Ba Đình, Hà Nội");
        assertThat(card.issuedOn()).contains(LocalDate.of(2022, 4, 20));
    }

    @Test
    void readsACardOfSomeoneBornInThe1900s() {
        CccdCard card = card("038090004567|172345678|Lê Văn Hùng|30041990|Nam|Thôn 3, xã Quảng Thịnh, Thanh Hóa|12052021");

        assertThat(card.id().provinceName()).contains("Thanh Hóa");
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1990, 4, 30));
    }

    @Test
    void sixFieldsAreEnoughAndTheIssueDateIsThenEmpty() {
        CccdCard card = card(String.join("|", ID, OLD_CMND, NAME, "15082003", "Nam", ADDRESS));

        assertThat(card.issuedOn()).isEmpty();
        assertThat(card.address()).isEqualTo(ADDRESS);
        assertThat(card.gender()).contains(Gender.MALE);
    }

    @Test
    void emptyFieldsKeepTheirPlace() {
        CccdCard card = card(String.join("|", ID, "", NAME, "15082003", "", "", ""));

        assertThat(card.oldCmnd()).isEmpty();
        assertThat(card.gender()).isEmpty();
        assertThat(card.address()).isEmpty();
        assertThat(card.issuedOn()).isEmpty();
    }

    @Test
    void decomposedTextIsNormalisedToNfc() {
        String nfd = Normalizer.normalize(FULL_QR, Normalizer.Form.NFD);
        assertThat(nfd).as("test precondition").isNotEqualTo(FULL_QR);

        CccdCard card = card(nfd);

        assertThat(card.fullName()).isEqualTo(NAME);
        assertThat(card.address()).isEqualTo(ADDRESS);
        assertThat(Normalizer.isNormalized(card.fullName(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void decomposedFemaleGenderWordIsRecognised() {
        String nfd = Normalizer.normalize("001305009876||Trần Thị Bích Ngọc|02112005|Nữ|Hà Nội|20042022", Normalizer.Form.NFD);

        assertThat(card(nfd).gender()).contains(Gender.FEMALE);
    }

    static Stream<Arguments> scannerNoise() {
        return Stream.of(
                Arguments.of("byte order mark", "\uFEFF", ""),
                Arguments.of("CRLF", "", "\r\n"),
                Arguments.of("LF", "", "\n"),
                Arguments.of("trailing spaces and tab", "", "  \t"),
                Arguments.of("surrounding whitespace", " \r\n", " \r\n"),
                Arguments.of("STX/ETX framing", "\u0002", "\u0003"),
                Arguments.of("BOM and CRLF", "\uFEFF", "\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scannerNoise")
    void toleratesScannerNoiseAroundTheText(String noise, String before, String after) {
        assertThat(card(before + FULL_QR + after)).isEqualTo(FULL_CARD);
    }

    @Test
    void tidiesWhitespaceInsideFields() {
        CccdCard card = card(String.join("|", " 079 2 03 001234 ", " " + OLD_CMND, "  Nguyễn   Văn  An ",
                " 15082003 ", " Nam ", "123  Lê Lợi,\tPhường Bến Thành, TP. Hồ Chí Minh ", "01072021 "));

        assertThat(card).isEqualTo(FULL_CARD);
        assertThat(card.fullName()).isEqualTo(NAME);
        assertThat(card.address()).isEqualTo(ADDRESS);
    }

    @ParameterizedTest
    @CsvSource({
            "Nam, MALE", "NAM, MALE", "nam, MALE",
            "Nữ, FEMALE", "NỮ, FEMALE", "nữ, FEMALE",
            "Nu, FEMALE", "NU, FEMALE", "nu, FEMALE",
    })
    void recognisesGenderWordsWithAndWithoutDiacritics(String word, Gender gender) {
        assertThat(card(fullQrWith(4, word)).gender()).contains(gender);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Khác", "N", "Male", "Nan"})
    void unrecognisedGenderIsEmptyAndTheAddressStaysInPlace(String word) {
        CccdCard card = card(fullQrWith(4, word));

        assertThat(card.gender()).isEmpty();
        assertThat(card.address()).isEqualTo(ADDRESS);
    }

    @Test
    void toleratesMoreTrailingFields() {
        assertThat(card(FULL_QR + "|")).isEqualTo(FULL_CARD);
        assertThat(card(FULL_QR + "|Extra text|12345|31129999|")).isEqualTo(FULL_CARD);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            ID + "|" + OLD_CMND + "|" + NAME + "|15082003|" + ADDRESS + "|Nam|01072021",
            ID + "|" + OLD_CMND + "|" + NAME + "|15082003|Nam|01072021|" + ADDRESS,
            ID + "|" + OLD_CMND + "|" + NAME + "|15082003|01072021|" + ADDRESS + "|Nam",
            ID + "|" + OLD_CMND + "|" + NAME + "|15082003|Nam|" + ADDRESS + "|Unknown field|01072021",
    })
    void findsReorderedTrailingFieldsByContent(String raw) {
        assertThat(card(raw)).isEqualTo(FULL_CARD);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\r\n", "\uFEFF", "\uFEFF \r\n"})
    void emptyTextIsEmpty(String raw) {
        assertThat(errorFor(raw)).isEqualTo(Problem.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "hello",
            "https://example.com/?a=1",
            ID,
            ID + "|" + OLD_CMND + "|" + NAME + "|15082003|Nam",
            "|||",
    })
    void fewerThanSixFieldsAreTooFew(String raw) {
        assertThat(errorFor(raw)).isEqualTo(Problem.TOO_FEW_FIELDS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "a|b|c|d|e|f; NON_DIGIT",
            "|||||; EMPTY",
            "'||||||'; EMPTY",
            "Nguyễn Văn An|" + ID + "|x|15082003|Nam|addr; NON_DIGIT",
            "003203001234|" + OLD_CMND + "|x|15082003|Nam|addr; UNKNOWN_PROVINCE",
            "07920300123|" + OLD_CMND + "|x|15082003|Nam|addr; WRONG_LENGTH",
            OLD_CMND + "||x|15082003|Nam|addr; WRONG_LENGTH",
            "079227001234||x|15082027|Nam|addr; BIRTH_YEAR_IN_FUTURE",
    })
    void firstFieldMustBeAValidPersonalId(String raw, CitizenIdError cause) {
        assertThat(errorFor(raw)).isEqualTo(new InvalidId(cause));
    }

    @ParameterizedTest
    @CsvSource({"12345, WRONG_LENGTH", "12345678x, NON_DIGIT", "0251234567, WRONG_LENGTH"})
    void oldCmndMustBeAValidIdentifierWhenPresent(String oldCmnd, CitizenIdError cause) {
        assertThat(errorFor(fullQrWith(1, oldCmnd))).isEqualTo(new InvalidOldId(cause));
    }

    @Test
    void oldCmndMayBeATwelveDigitNumber() {
        assertThat(card(fullQrWith(1, "001090123456")).oldCmnd().map(CitizenId::kind))
                .contains(CitizenId.Kind.PERSONAL_ID_12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void nameMustNotBeEmpty(String name) {
        assertThat(errorFor(fullQrWith(2, name))).isEqualTo(Problem.MISSING_NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31022003", "29022003", "15132003", "00082003", "1508203", "150820030", "15/08/2003", "", "Nam"})
    void birthDateMustBeACalendarDate(String birth) {
        assertThat(errorFor(fullQrWith(3, birth))).isEqualTo(Problem.INVALID_BIRTH_DATE);
    }

    @Test
    void leapDayIsACalendarDate() {
        String raw = String.join("|", "079204001234", "", NAME, "29022004", "Nam", ADDRESS, "01072021");

        assertThat(card(raw).birthDate()).isEqualTo(LocalDate.of(2004, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"15081993", "15082004", "15082103"})
    void birthYearMustMatchTheYearInTheId(String birth) {
        assertThat(errorFor(fullQrWith(3, birth))).isEqualTo(Problem.BIRTH_DATE_MISMATCH);
    }

    @Test
    void birthDateLaterThisYearIsInTheFuture() {
        String raw = String.join("|", "079226001234", "", NAME, "01122026", "Nam", ADDRESS);

        assertThat(errorFor(raw)).isEqualTo(Problem.BIRTH_DATE_IN_FUTURE);
        assertThat(card(raw.replace("01122026", "20052026")).birthDate()).isEqualTo(TODAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31022020", "00072021", "01132021", "1072021", "010720211"})
    void issueDateInItsPlaceMustBeACalendarDate(String issued) {
        assertThat(errorFor(fullQrWith(6, issued))).isEqualTo(Problem.INVALID_ISSUE_DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"14082003", "01012000", "21052026", "01012030"})
    void issueDateMustLieBetweenBirthAndToday(String issued) {
        assertThat(errorFor(fullQrWith(6, issued))).isEqualTo(Problem.ISSUE_DATE_IMPLAUSIBLE);
    }

    @Test
    void issueDateMayBeTheBirthDayOrToday() {
        assertThat(card(fullQrWith(6, "15082003")).issuedOn()).contains(LocalDate.of(2003, 8, 15));
        assertThat(card(fullQrWith(6, "20052026")).issuedOn()).contains(TODAY);
    }

    @Test
    void toStringRevealsNoPersonalData() {
        Parsed<CccdCard, CccdQrError> parsed = CccdQr.parse(FULL_QR, TODAY);

        assertThat(Stream.of(parsed.toString(), card(FULL_QR).toString(), "scanned " + card(FULL_QR)))
                .allSatisfy(text -> assertThat(text)
                        .doesNotContain(ID)
                        .doesNotContain(OLD_CMND)
                        .doesNotContain("Nguyễn")
                        .doesNotContain("Văn An")
                        .doesNotContain("Lê Lợi")
                        .doesNotContain("15082003")
                        .doesNotContain("2003-08-15")
                        .contains("079*******34"));
    }

    @Test
    void errorsCarryDistinctMessageKeysAndDescribeOnlyTheKind() {
        assertThat(Arrays.stream(Problem.values()).map(CccdQrError::messageKey))
                .doesNotHaveDuplicates()
                .allMatch(key -> key.matches("cccdQr\\.error\\.[a-z][A-Za-z]+"));
        assertThat(Problem.BIRTH_DATE_MISMATCH.messageKey()).isEqualTo("cccdQr.error.birthDateMismatch");

        CccdQrError invalidId = errorFor(fullQrWith(0, "003203001234"));
        assertThat(invalidId.messageKey()).isEqualTo("cccdQr.error.invalidId");
        assertThat(((InvalidId) invalidId).cause().messageKey()).isEqualTo("citizenId.error.unknownProvince");
        assertThat(invalidId.describe())
                .contains(CitizenIdError.UNKNOWN_PROVINCE.describe())
                .doesNotContain("003203001234");
        assertThat(new InvalidOldId(CitizenIdError.NON_DIGIT).messageKey()).isEqualTo("cccdQr.error.invalidOldId");
    }

    @Test
    void aCardCarriesA12DigitPersonalId() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CccdCard(id(OLD_CMND), Optional.empty(), NAME,
                LocalDate.of(2003, 8, 15), Optional.empty(), ADDRESS, Optional.empty()));
    }
}
