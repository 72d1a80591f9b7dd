package vn.motcua.core.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnnouncementScriptTest {

    private final AnnouncementScript script = new AnnouncementScript(VietnameseNumberWords.northern());

    private static List<String> twice(List<String> sentence) {
        List<String> expected = new ArrayList<>(List.of("chime", "gap"));
        expected.addAll(sentence);
        expected.add("pause");
        expected.addAll(sentence);
        return expected;
    }

    @Test
    void prefixIsSpelledThenTheNumberIsReadWithoutLeadingZeros() {
        assertThat(script.clipIds(new CallAnnouncement("A005", 3))).containsExactlyElementsOf(twice(List.of(
                "xin-moi-cong-dan-co-so-thu-tu", "gap", "letter-a", "gap", "num-5",
                "gap", "den-quay-so", "gap", "num-3")));
    }

    @Test
    void ticketWithoutPrefixIsReadAsAWholeNumber() {
        assertThat(script.clipIds(new CallAnnouncement("1025", 12))).containsExactlyElementsOf(twice(List.of(
                "xin-moi-cong-dan-co-so-thu-tu", "gap",
                "num-1", "num-nghin", "num-0", "num-tram", "num-2", "num-muoi-tens", "num-lam-after-tens",
                "gap", "den-quay-so", "gap", "num-10", "num-2")));
    }

    @Test
    void severalPrefixLettersAreSpelledOneByOne() {
        assertThat(script.clipIds(new CallAnnouncement("BHX121", 21))).containsExactlyElementsOf(twice(List.of(
                "xin-moi-cong-dan-co-so-thu-tu", "gap", "letter-b", "letter-h", "letter-x", "gap",
                "num-1", "num-tram", "num-2", "num-muoi-tens", "num-mot-after-tens",
                "gap", "den-quay-so", "gap", "num-2", "num-muoi-tens", "num-mot-after-tens")));
    }

    @Test
    void ticketZeroIsReadAsKhong() {
        assertThat(script.clipIds(new CallAnnouncement("C000", 105)))
                .containsSubsequence("letter-c", "gap", "num-0", "gap", "den-quay-so", "gap",
                        "num-1", "num-tram", "num-linh", "num-5");
    }

    @Test
    void southernScriptSaysLe() {
        AnnouncementScript southern = new AnnouncementScript(
                new VietnameseNumberWords(VietnameseNumberWords.ZeroTens.LE));

        assertThat(southern.clipIds(new CallAnnouncement("A104", 1))).contains("num-le").doesNotContain("num-linh");
    }

    @Test
    void chimeIsPlayedOnceAndTheSentenceTwice() {
        List<String> ids = script.clipIds(new CallAnnouncement("D042", 7));

        assertThat(ids).filteredOn("chime"::equals).hasSize(1);
        assertThat(ids).filteredOn("xin-moi-cong-dan-co-so-thu-tu"::equals).hasSize(2);
        assertThat(ids).filteredOn("pause"::equals).hasSize(1);
        assertThat(ids.getFirst()).isEqualTo("chime");
    }

    @Test
    void allClipIdsCoversEveryClipOfEveryScript() {
        var needed = script.allClipIds();
        for (int n : new int[] {0, 1, 4, 5, 10, 11, 14, 15, 21, 24, 25, 101, 999_999}) {
            for (String prefix : List.of("", "A", "Z", "QW")) {
                List<String> ids = script.clipIds(new CallAnnouncement(prefix + n, n == 0 ? 1 : n));
                assertThat(ids).allMatch(id -> needed.contains(id) || AnnouncementScript.SILENCES.contains(id));
            }
        }
        assertThat(needed).hasSize(3 + 26 + NumberWord.values().length - 1).doesNotContain("num-le");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a005", "A-005", "ABCDE1", "A", "A1234567", " A005"})
    void rejectsTicketNumbersThatCannotBeRead(String ticket) {
        assertThatThrownBy(() -> new CallAnnouncement(ticket, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ticket number");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -3, 1_000_000})
    void rejectsCounterNumbersThatCannotBeRead(int counter) {
        assertThatThrownBy(() -> new CallAnnouncement("A001", counter))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Counter number");
    }
}
