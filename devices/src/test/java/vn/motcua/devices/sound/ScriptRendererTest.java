package vn.motcua.devices.sound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.sound.sampled.AudioInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.core.voice.AnnouncementScript;
import vn.motcua.core.voice.CallAnnouncement;
import vn.motcua.core.voice.VietnameseNumberWords;

class ScriptRendererTest {

    private static final AnnouncementScript SCRIPT = new AnnouncementScript(VietnameseNumberWords.northern());
    private static final Duration GAP = Duration.ofMillis(100);
    private static final Duration PAUSE = Duration.ofMillis(700);
    private static ClipLibrary clips;

    @BeforeAll
    static void loadBundledClips() throws ClipLibraryException {
        clips = ClipLibrary.bundledVietnamese(SCRIPT.allClipIds());
    }

    @ParameterizedTest
    @CsvSource({"A005, 3", "1025, 12", "BHX999999, 21", "Z000, 999999"})
    void lengthIsTheSumOfTheClipsAndSilences(String ticket, int counter) throws Exception {
        List<String> script = SCRIPT.clipIds(new CallAnnouncement(ticket, counter));
        long expectedFrames = script.stream().mapToLong(id -> switch (id) {
            case AnnouncementScript.GAP -> 2205;
            case AnnouncementScript.PAUSE -> 15435;
            default -> clips.frames(id);
        }).sum();

        try (AudioInputStream audio = new ScriptRenderer(clips, GAP, PAUSE).render(script)) {
            assertThat(audio.getFormat()).isEqualTo(ClipLibrary.FORMAT);
            assertThat(audio.getFrameLength()).isEqualTo(expectedFrames);
            assertThat(audio.readAllBytes()).hasSize(Math.toIntExact(expectedFrames * 2));
        }
    }

    @Test
    void clipsFollowEachOtherWithSilenceBetweenPhrases() throws Exception {
        byte[] chime = clips.pcm(AnnouncementScript.CHIME);
        byte[] invitation = clips.pcm(AnnouncementScript.INVITATION);
        int gapBytes = 2205 * 2;

        byte[] pcm;
        try (AudioInputStream audio = new ScriptRenderer(clips, GAP, PAUSE).render(List.of(
                AnnouncementScript.CHIME, AnnouncementScript.GAP, AnnouncementScript.INVITATION))) {
            pcm = audio.readAllBytes();
        }

        assertThat(Arrays.copyOfRange(pcm, 0, chime.length)).isEqualTo(chime);
        assertThat(Arrays.copyOfRange(pcm, chime.length, chime.length + gapBytes)).containsOnly(0);
        assertThat(Arrays.copyOfRange(pcm, chime.length + gapBytes, pcm.length)).isEqualTo(invitation);
    }

    @Test
    void defaultSilencesAreShort() {
        assertThat(ScriptRenderer.silenceFrames(ScriptRenderer.DEFAULT_GAP)).isEqualTo(3308);
        assertThat(ScriptRenderer.DEFAULT_PAUSE).isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void rejectsUnknownClipsAndNegativeSilence() {
        ScriptRenderer renderer = new ScriptRenderer(clips);

        assertThatThrownBy(() -> renderer.render(List.of("letter-dd")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("letter-dd");
        assertThatThrownBy(() -> new ScriptRenderer(clips, Duration.ofMillis(-1), PAUSE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
