package vn.motcua.core.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads an integer 0..999 999 the way a Vietnamese announcer says it.
 *
 * <p>Rules: after "mươi" one is "mốt", four is "tư" and five is "lăm" ("hai mươi mốt", "hai mươi tư",
 * "năm mươi lăm"); after "mười" five is "lăm" but one and four stay "một", "bốn" ("mười một",
 * "mười bốn"); zero tens before a unit is "linh" (Northern, default) or "lẻ" (Southern), chosen by
 * {@link ZeroTens}; once a higher group has been said, every lower group says its hundreds, even zero
 * ("một nghìn không trăm hai mươi lăm"); a group that is all zeros is silent ("một nghìn").
 */
public final class VietnameseNumberWords {

    public static final int MAX = 999_999;

    /** How "0" in the tens place is read before a unit digit. */
    public enum ZeroTens {
        LINH(NumberWord.LINH), LE(NumberWord.LE);

        private final NumberWord word;

        ZeroTens(NumberWord word) {
            this.word = word;
        }
    }

    private final ZeroTens zeroTens;

    public VietnameseNumberWords(ZeroTens zeroTens) {
        this.zeroTens = zeroTens;
    }

    /** Northern reading: "linh" for zero tens, "tư" for four after "mươi". */
    public static VietnameseNumberWords northern() {
        return new VietnameseNumberWords(ZeroTens.LINH);
    }

    public ZeroTens zeroTens() {
        return zeroTens;
    }

    public List<NumberWord> words(int number) {
        if (number < 0 || number > MAX) {
            throw new IllegalArgumentException("Number to read must be 0.." + MAX + ", was " + number);
        }
        if (number == 0) {
            return List.of(NumberWord.KHONG);
        }
        List<NumberWord> words = new ArrayList<>();
        int thousands = number / 1000;
        int rest = number % 1000;
        if (thousands > 0) {
            addGroup(thousands, false, words);
            words.add(NumberWord.NGHIN);
        }
        if (rest > 0) {
            addGroup(rest, thousands > 0, words);
        }
        return List.copyOf(words);
    }

    /** The words joined with spaces, e.g. "một nghìn không trăm hai mươi lăm". */
    public String spoken(int number) {
        return words(number).stream().map(NumberWord::text).collect(Collectors.joining(" "));
    }

    private void addGroup(int group, boolean sayZeroHundreds, List<NumberWord> words) {
        int hundreds = group / 100;
        int tens = group / 10 % 10;
        int units = group % 10;
        boolean hundredsSaid = hundreds > 0 || sayZeroHundreds;
        if (hundredsSaid) {
            words.add(NumberWord.digit(hundreds));
            words.add(NumberWord.TRAM);
        }
        if (tens == 0) {
            addUnitsWithoutTens(units, hundredsSaid, words);
        } else if (tens == 1) {
            words.add(NumberWord.MUOI);
            addUnitsAfterMuoi(units, words);
        } else {
            words.add(NumberWord.digit(tens));
            words.add(NumberWord.MUOI_TENS);
            addUnitsAfterMuoiTens(units, words);
        }
    }

    private void addUnitsWithoutTens(int units, boolean hundredsSaid, List<NumberWord> words) {
        if (units == 0) {
            return;
        }
        if (hundredsSaid) {
            words.add(zeroTens.word);
        }
        words.add(NumberWord.digit(units));
    }

    private static void addUnitsAfterMuoi(int units, List<NumberWord> words) {
        if (units == 5) {
            words.add(NumberWord.LAM_AFTER_TENS);
        } else if (units > 0) {
            words.add(NumberWord.digit(units));
        }
    }

    private static void addUnitsAfterMuoiTens(int units, List<NumberWord> words) {
        switch (units) {
            case 0 -> { }
            case 1 -> words.add(NumberWord.MOT_AFTER_TENS);
            case 4 -> words.add(NumberWord.TU_AFTER_TENS);
            case 5 -> words.add(NumberWord.LAM_AFTER_TENS);
            default -> words.add(NumberWord.digit(units));
        }
    }
}
