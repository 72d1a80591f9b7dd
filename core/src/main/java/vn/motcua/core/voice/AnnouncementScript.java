package vn.motcua.core.voice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a call into the ordered clip ids to play: the chime once, then the sentence twice with a
 * pause between. {@link #GAP} and {@link #PAUSE} are silences, not clips; the player decides their length.
 *
 * <p>The ticket prefix is spelled letter by letter with the Vietnamese letter names, then the numeric
 * part is read as a number ("A005" → "A, năm"), then the counter number.
 */
public final class AnnouncementScript {

    public static final String CHIME = "chime";
    public static final String INVITATION = "xin-moi-cong-dan-co-so-thu-tu";
    public static final String TO_COUNTER = "den-quay-so";
    /** Short silence between phrases. */
    public static final String GAP = "gap";
    /** Longer silence between the two sayings of the sentence. */
    public static final String PAUSE = "pause";
    public static final Set<String> SILENCES = Set.of(GAP, PAUSE);

    private final VietnameseNumberWords numberWords;

    public AnnouncementScript(VietnameseNumberWords numberWords) {
        this.numberWords = numberWords;
    }

    public static String letterClipId(char letter) {
        if (letter < 'A' || letter > 'Z') {
            throw new IllegalArgumentException("No clip for letter '" + letter + "'");
        }
        return "letter-" + Character.toLowerCase(letter);
    }

    public List<String> clipIds(CallAnnouncement call) {
        List<String> sentence = sentence(call);
        List<String> script = new ArrayList<>();
        script.add(CHIME);
        script.add(GAP);
        script.addAll(sentence);
        script.add(PAUSE);
        script.addAll(sentence);
        return List.copyOf(script);
    }

    /** Every clip id (silences excluded) some call can need with this reading of numbers. */
    public Set<String> allClipIds() {
        Set<String> ids = new TreeSet<>(List.of(CHIME, INVITATION, TO_COUNTER));
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            ids.add(letterClipId(letter));
        }
        for (NumberWord word : NumberWord.values()) {
            if (word != otherZeroTensWord()) {
                ids.add(word.clipId());
            }
        }
        return Collections.unmodifiableSet(ids);
    }

    private List<String> sentence(CallAnnouncement call) {
        List<String> sentence = new ArrayList<>();
        sentence.add(INVITATION);
        sentence.add(GAP);
        for (char letter : call.prefix().toCharArray()) {
            sentence.add(letterClipId(letter));
        }
        if (!call.prefix().isEmpty()) {
            sentence.add(GAP);
        }
        addNumber(call.sequence(), sentence);
        sentence.add(GAP);
        sentence.add(TO_COUNTER);
        sentence.add(GAP);
        addNumber(call.counterNumber(), sentence);
        return sentence;
    }

    private void addNumber(int number, List<String> script) {
        numberWords.words(number).forEach(word -> script.add(word.clipId()));
    }

    private NumberWord otherZeroTensWord() {
        return numberWords.zeroTens() == VietnameseNumberWords.ZeroTens.LINH ? NumberWord.LE : NumberWord.LINH;
    }
}
