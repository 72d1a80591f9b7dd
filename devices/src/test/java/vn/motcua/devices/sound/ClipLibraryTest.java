package vn.motcua.devices.sound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.voice.AnnouncementScript;
import vn.motcua.core.voice.VietnameseNumberWords;

class ClipLibraryTest {

    private static final Set<String> NORTHERN_IDS =
            new AnnouncementScript(VietnameseNumberWords.northern()).allClipIds();
    private static final Set<String> SOUTHERN_IDS =
            new AnnouncementScript(new VietnameseNumberWords(VietnameseNumberWords.ZeroTens.LE)).allClipIds();

    @TempDir
    Path dir;

    @Test
    void bundledClipsCoverBothReadingsOfNumbers() throws Exception {
        ClipLibrary northern = ClipLibrary.bundledVietnamese(NORTHERN_IDS);
        ClipLibrary southern = ClipLibrary.bundledVietnamese(SOUTHERN_IDS);

        assertThat(northern.ids()).containsAll(NORTHERN_IDS).containsAll(SOUTHERN_IDS).hasSize(48);
        assertThat(southern.ids()).isEqualTo(northern.ids());
    }

    @Test
    void bundledClipsAreInTheLibraryFormatAndNotEmpty() throws Exception {
        ClipLibrary clips = ClipLibrary.bundledVietnamese(NORTHERN_IDS);

        for (String id : clips.ids()) {
            assertThat(clips.frames(id)).as(id).isBetween(2_000L, 3L * 22_050);
        }
        assertThat(clips.format().matches(new AudioFormat(22050f, 16, 1, true, false))).isTrue();
    }

    @Test
    void bundledManifestListsTheTextOfEveryClip() throws IOException {
        List<String> entries;
        try (InputStream in = ClipLibrary.class.getResourceAsStream(ClipLibrary.BUNDLED_VIETNAMESE + ClipLibrary.MANIFEST)) {
            entries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).toList();
        }

        assertThat(entries).hasSize(48).allSatisfy(line -> assertThat(line.split("\t")).hasSize(3));
        assertThat(entries).contains("num-lam-after-tens\tnum-lam-after-tens.wav\tlăm",
                "letter-b\tletter-b.wav\tbê");
    }

    @Test
    void loadsADirectoryLibrary() throws Exception {
        TestClips.library(dir, List.of("chime", "num-1"), 1234);

        ClipLibrary clips = ClipLibrary.fromDirectory(dir, Set.of("chime"));

        assertThat(clips.ids()).containsExactly("chime", "num-1");
        assertThat(clips.frames("num-1")).isEqualTo(1234);
    }

    @Test
    void aClipMissingFromTheManifestFailsAtLoadNamingIt() throws Exception {
        TestClips.library(dir, List.of("chime", "num-1"), 100);

        assertThatThrownBy(() -> ClipLibrary.fromDirectory(dir, Set.of("chime", "num-1", "num-tu-after-tens", "letter-q")))
                .isInstanceOf(ClipLibraryException.class)
                .hasMessageContaining("lacks clips")
                .hasMessageContaining("letter-q, num-tu-after-tens");
    }

    @Test
    void aBundledLibraryWithoutAClipTheScriptNeedsIsRejected() {
        Set<String> needed = new TreeSet<>(NORTHERN_IDS);
        needed.add("letter-dd");

        assertThatThrownBy(() -> ClipLibrary.bundledVietnamese(needed))
                .isInstanceOf(ClipLibraryException.class)
                .hasMessageContaining("letter-dd");
    }

    @Test
    void aManifestEntryWhoseFileIsMissingFailsAtLoad() throws Exception {
        TestClips.library(dir, List.of("chime"), 100);
        Files.delete(dir.resolve("chime.wav"));

        assertThatThrownBy(() -> ClipLibrary.fromDirectory(dir, Set.of()))
                .isInstanceOf(ClipLibraryException.class)
                .hasMessageContaining("Clip 'chime'")
                .hasMessageContaining("chime.wav")
                .hasMessageContaining("cannot be read");
    }

    @Test
    void aLibraryWithoutManifestFailsAtLoad() {
        assertThatThrownBy(() -> ClipLibrary.fromDirectory(dir, Set.of()))
                .isInstanceOf(ClipLibraryException.class)
                .hasMessageContaining("no readable manifest.tsv");
        assertThatThrownBy(() -> ClipLibrary.fromClasspath("/no/such/folder/", Set.of()))
                .isInstanceOf(ClipLibraryException.class)
                .hasMessageContaining("classpath:/no/such/folder/");
    }

    @Test
    void aFileThatIsNotAudioIsRejectedClearly() throws Exception {
        Files.writeString(dir.resolve("chime.wav"), "not audio at all");
        TestClips.writeManifest(dir, "chime\tchime.wav\tchime");

        assertThatThrownBy(() -> ClipLibrary.fromDirectory(dir, Set.of()))
                .isInstanceOf(ClipLibraryException.class)
                .hasMessageContaining("Clip 'chime'")
                .hasMessageContaining("not a WAV file");
    }

    @Test
    void clipsInAnotherPcmFormatAreConverted() throws Exception {
        TestClips.writeWav(dir.resolve("big-endian.wav"), new AudioFormat(22050f, 16, 1, true, true), 2205);
        TestClips.writeWav(dir.resolve("cd.wav"), new AudioFormat(44100f, 16, 2, true, false), 44100);
        TestClips.writeManifest(dir, "big-endian\tbig-endian.wav\tx\ncd\tcd.wav\ty");

        ClipLibrary clips = ClipLibrary.fromDirectory(dir, Set.of());

        assertThat(clips.frames("big-endian")).isEqualTo(2205);
        assertThat(clips.frames("cd")).isBetween(22_000L, 22_100L);
        byte[] pcm = clips.pcm("big-endian");
        short second = (short) ((pcm[2] & 0xff) | (pcm[3] << 8));
        assertThat(second).as("little-endian sample after conversion")
                .isEqualTo((short) (Math.sin(2 * Math.PI * 440 / 22050.0) * 0.5 * Short.MAX_VALUE));
    }

    @Test
    void malformedAndDuplicateManifestLinesAreReportedWithTheirLine() throws Exception {
        TestClips.writeManifest(dir, "chime");
        assertThatThrownBy(() -> ClipLibrary.fromDirectory(dir, Set.of()))
                .hasMessageContaining("line 2").hasMessageContaining("expected 'id<TAB>file<TAB>text'");

        TestClips.library(dir, List.of("chime"), 10);
        TestClips.writeManifest(dir, "chime\tchime.wav\ta\nchime\tchime.wav\tb");
        assertThatThrownBy(() -> ClipLibrary.fromDirectory(dir, Set.of()))
                .hasMessageContaining("line 3").hasMessageContaining("'chime' is listed twice");
    }

    @Test
    void manifestCannotPointOutsideTheLibraryDirectory() throws Exception {
        Path library = Files.createDirectory(dir.resolve("library"));
        TestClips.writeWav(dir.resolve("outside.wav"), ClipLibrary.FORMAT, 10);
        TestClips.writeManifest(library, "chime\t../outside.wav\tx");

        assertThatThrownBy(() -> ClipLibrary.fromDirectory(library, Set.of()))
                .isInstanceOf(ClipLibraryException.class)
                .hasMessageContaining("leaves the clip directory");
    }
}
