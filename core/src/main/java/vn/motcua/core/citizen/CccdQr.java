package vn.motcua.core.citizen;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import vn.motcua.core.citizen.CccdQrError.InvalidId;
import vn.motcua.core.citizen.CccdQrError.InvalidOldId;
import vn.motcua.core.citizen.CccdQrError.Problem;
import vn.motcua.core.common.Parsed;

/**
 * Reads the text of the QR code on the front of a chip ID card (CCCD).
 *
 * <p>Known layout: UTF-8, {@code |}-separated, 7 fields:
 * {@code CCCD|old CMND (may be empty)|Full name|ddMMyyyy birth|Nam/Nữ|permanent address|ddMMyyyy issued}.
 *
 * <p>Assumptions, because cards issued since 2024-07 may use a different layout (<i>unverified</i>):
 * <ul>
 *   <li>The leading fields are positional and stable: personal ID, old CMND, full name, birth date.
 *       A layout that changes them is rejected with an error value, never an exception.</li>
 *   <li>The trailing fields (gender, address, issue date, anything added later) are recognised by
 *       position first and by content second, so extra or reordered trailing fields are tolerated:
 *       gender is a {@code Nam}/{@code Nữ}/{@code Nu} field, a date is an 8-digit {@code ddMMyyyy}
 *       calendar date, the address is the remaining text field. Unrecognised fields are ignored.</li>
 *   <li>At least {@value #MIN_FIELDS} fields are required (the issue date may be missing); empty
 *       fields are kept in place.</li>
 * </ul>
 * Scanner noise is tolerated: a UTF-8 byte order mark, surrounding whitespace, CR/LF and control
 * characters, runs of spaces inside fields, and decomposed (NFD) Vietnamese text, which is
 * normalised to NFC.
 */
public final class CccdQr {

    static final int MIN_FIELDS = 6;

    private static final int ID = 0;
    private static final int OLD_CMND = 1;
    private static final int FULL_NAME = 2;
    private static final int BIRTH_DATE = 3;
    private static final int GENDER = 4;
    private static final int ADDRESS = 5;
    private static final int ISSUED_ON = 6;

    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\|");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("(?U)\\s+");
    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** "nữ" spelled with an escape so the source file's own normalisation cannot matter. */
    private static final String FEMALE_WORD = "n\u1eef";

    private CccdQr() {
    }

    public static Parsed<CccdCard, CccdQrError> parse(String raw, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String text = withoutNoise(raw);
        if (text.isEmpty()) {
            return Parsed.err(Problem.EMPTY);
        }
        List<String> fields = Arrays.stream(FIELD_SEPARATOR.split(text, -1)).map(CccdQr::tidy).toList();
        if (fields.size() < MIN_FIELDS) {
            return Parsed.err(Problem.TOO_FEW_FIELDS);
        }
        return new Reading(fields, today).card();
    }

    private static String withoutNoise(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int start = 0;
        int end = text.length();
        while (start < end && isNoise(text.charAt(start))) {
            start++;
        }
        while (end > start && isNoise(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isNoise(char c) {
        return c == BYTE_ORDER_MARK || Character.isWhitespace(c) || Character.isISOControl(c);
    }

    private static String tidy(String field) {
        return WHITESPACE_RUN.matcher(field).replaceAll(" ").strip();
    }

    private static Optional<Gender> genderIn(String field) {
        String word = field.toLowerCase(Locale.ROOT);
        if (word.equals("nam")) {
            return Optional.of(Gender.MALE);
        }
        if (word.equals(FEMALE_WORD) || word.equals("nu")) {
            return Optional.of(Gender.FEMALE);
        }
        return Optional.empty();
    }

    private static boolean isDateShaped(String field) {
        return EIGHT_DIGITS.matcher(field).matches();
    }

    /** The {@code ddMMyyyy} date in the field, if it is one that exists in the calendar. */
    private static Optional<LocalDate> calendarDate(String field) {
        if (!isDateShaped(field)) {
            return Optional.empty();
        }
        int day = Integer.parseInt(field.substring(0, 2));
        int month = Integer.parseInt(field.substring(2, 4));
        int year = Integer.parseInt(field.substring(4, 8));
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException notInCalendar) {
            return Optional.empty();
        }
    }

    /** One QR text split into tidy fields, read against today's date. */
    private record Reading(List<String> fields, LocalDate today) {

        Parsed<CccdCard, CccdQrError> card() {
            return id().flatMap(id -> oldCmnd().flatMap(oldCmnd -> fullName().flatMap(name ->
                    birthDate(id).flatMap(birth -> issuedOn(birth).map(issued ->
                            new CccdCard(id, oldCmnd, name, birth, gender(), address(), issued))))));
        }

        private Parsed<CitizenId, CccdQrError> id() {
            return CitizenId.parsePersonalId(field(ID), today).mapError(InvalidId::new);
        }

        private Parsed<Optional<CitizenId>, CccdQrError> oldCmnd() {
            if (field(OLD_CMND).isEmpty()) {
                return Parsed.ok(Optional.empty());
            }
            return CitizenId.parse(field(OLD_CMND), today).map(Optional::of).mapError(InvalidOldId::new);
        }

        private Parsed<String, CccdQrError> fullName() {
            String name = field(FULL_NAME);
            return name.isEmpty() ? Parsed.err(Problem.MISSING_NAME) : Parsed.ok(name);
        }

        private Parsed<LocalDate, CccdQrError> birthDate(CitizenId id) {
            Optional<LocalDate> birth = calendarDate(field(BIRTH_DATE));
            if (birth.isEmpty()) {
                return Parsed.err(Problem.INVALID_BIRTH_DATE);
            }
            if (birth.get().getYear() != id.birthYear().orElseThrow()) {
                return Parsed.err(Problem.BIRTH_DATE_MISMATCH);
            }
            if (birth.get().isAfter(today)) {
                return Parsed.err(Problem.BIRTH_DATE_IN_FUTURE);
            }
            return Parsed.ok(birth.get());
        }

        /**
         * The issue date in its usual place; else the first calendar date among the trailing fields.
         * Only malformed digits in the usual place are an error: elsewhere they may be a field we do not know.
         */
        private Parsed<Optional<LocalDate>, CccdQrError> issuedOn(LocalDate birth) {
            OptionalInt index = issuedOnIndex();
            if (index.isEmpty()) {
                return Parsed.ok(Optional.empty());
            }
            Optional<LocalDate> issued = calendarDate(field(index.getAsInt()));
            if (issued.isEmpty()) {
                return Parsed.err(Problem.INVALID_ISSUE_DATE);
            }
            if (issued.get().isBefore(birth) || issued.get().isAfter(today)) {
                return Parsed.err(Problem.ISSUE_DATE_IMPLAUSIBLE);
            }
            return Parsed.ok(issued);
        }

        private OptionalInt issuedOnIndex() {
            if (DIGITS.matcher(field(ISSUED_ON)).matches()) {
                return OptionalInt.of(ISSUED_ON);
            }
            return trailingIndexes().filter(i -> calendarDate(field(i)).isPresent()).findFirst();
        }

        private Optional<Gender> gender() {
            return genderIn(field(GENDER)).or(() -> trailingIndexes()
                    .mapToObj(i -> genderIn(field(i)))
                    .flatMap(Optional::stream)
                    .findFirst());
        }

        private String address() {
            if (isAddressLike(ADDRESS)) {
                return field(ADDRESS);
            }
            return trailingIndexes()
                    .filter(i -> isAddressLike(i) && !field(i).isEmpty())
                    .mapToObj(this::field)
                    .findFirst()
                    .orElse("");
        }

        private boolean isAddressLike(int index) {
            String field = field(index);
            return genderIn(field).isEmpty() && !isDateShaped(field);
        }

        private IntStream trailingIndexes() {
            return IntStream.range(GENDER, fields.size());
        }

        private String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }
    }
}
