package vn.motcua.devices.sound;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * The recorded clips announcements are assembled from, held in memory as raw PCM in {@link #FORMAT}.
 * A folder holds WAV files and {@value #MANIFEST} with lines {@code id<TAB>file<TAB>text spoken}.
 * Everything is checked at load time so a broken library fails at start-up, not at the first call.
 */
public final class ClipLibrary {

    /** 22050 Hz, 16-bit signed little-endian, mono. */
    public static final AudioFormat FORMAT = new AudioFormat(22050f, 16, 1, true, false);
    public static final String MANIFEST = "manifest.tsv";
    /** Classpath folder of the bundled espeak-ng Vietnamese clips (scripts/generate-voice-clips.sh). */
    public static final String BUNDLED_VIETNAMESE = "/vn/motcua/devices/sound/clips/vi/";

    @FunctionalInterface
    private interface ClipFiles {
        InputStream open(String fileName) throws IOException;
    }

    private record ManifestEntry(String id, String file) {
    }

    private final Map<String, byte[]> pcmById;

    private ClipLibrary(Map<String, byte[]> pcmById) {
        this.pcmById = Map.copyOf(pcmById);
    }

    /** The bundled Vietnamese clips; {@code requiredIds} are usually {@code AnnouncementScript.allClipIds()}. */
    public static ClipLibrary bundledVietnamese(Set<String> requiredIds) throws ClipLibraryException {
        return fromClasspath(BUNDLED_VIETNAMESE, requiredIds);
    }

    /** Clips in a classpath folder such as {@code "/vn/motcua/devices/sound/clips/vi/"}. */
    public static ClipLibrary fromClasspath(String folder, Set<String> requiredIds) throws ClipLibraryException {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return load("classpath:" + prefix, requiredIds, name -> {
            InputStream in = ClipLibrary.class.getResourceAsStream(prefix + name);
            if (in == null) {
                throw new NoSuchFileException(prefix + name);
            }
            return in;
        });
    }

    /** Clips in a directory, e.g. professional recordings installed next to the application. */
    public static ClipLibrary fromDirectory(Path directory, Set<String> requiredIds) throws ClipLibraryException {
        return load(directory.toString(), requiredIds, name -> Files.newInputStream(inside(directory, name)));
    }

    public AudioFormat format() {
        return FORMAT;
    }

    public Set<String> ids() {
        return new TreeSet<>(pcmById.keySet());
    }

    public boolean contains(String id) {
        return pcmById.containsKey(id);
    }

    /** Length of a clip in frames (one frame = one 16-bit sample). */
    public long frames(String id) {
        return pcm(id).length / FORMAT.getFrameSize();
    }

    /** The clip's PCM bytes; callers must not modify them. */
    byte[] pcm(String id) {
        byte[] pcm = pcmById.get(id);
        if (pcm == null) {
            throw new IllegalArgumentException("No clip '" + id + "' in the clip library");
        }
        return pcm;
    }

    private static ClipLibrary load(String where, Set<String> requiredIds, ClipFiles files)
            throws ClipLibraryException {
        List<ManifestEntry> entries = readManifest(where, files);
        requireAll(where, requiredIds, entries);
        Map<String, byte[]> pcmById = new LinkedHashMap<>();
        for (ManifestEntry entry : entries) {
            pcmById.put(entry.id(), readClip(where, entry, files));
        }
        return new ClipLibrary(pcmById);
    }

    private static List<ManifestEntry> readManifest(String where, ClipFiles files) throws ClipLibraryException {
        String text;
        try (InputStream in = files.open(MANIFEST)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ClipLibraryException("Clip library " + where + " has no readable " + MANIFEST, e);
        }
        Map<String, ManifestEntry> entries = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            ManifestEntry entry = parseLine(where, i + 1, line);
            if (entries.putIfAbsent(entry.id(), entry) != null) {
                throw new ClipLibraryException(where + "/" + MANIFEST + " line " + (i + 1)
                        + ": clip id '" + entry.id() + "' is listed twice");
            }
        }
        return List.copyOf(entries.values());
    }

    private static ManifestEntry parseLine(String where, int lineNumber, String line) throws ClipLibraryException {
        String[] fields = line.split("\t");
        if (fields.length < 2 || fields[0].isBlank() || fields[1].isBlank()) {
            throw new ClipLibraryException(where + "/" + MANIFEST + " line " + lineNumber
                    + ": expected 'id<TAB>file<TAB>text', found '" + line + "'");
        }
        return new ManifestEntry(fields[0].strip(), fields[1].strip());
    }

    private static void requireAll(String where, Set<String> requiredIds, List<ManifestEntry> entries)
            throws ClipLibraryException {
        Set<String> missing = new TreeSet<>(requiredIds);
        entries.forEach(entry -> missing.remove(entry.id()));
        if (!missing.isEmpty()) {
            throw new ClipLibraryException("Clip library " + where + " lacks clips an announcement can need: "
                    + String.join(", ", missing) + " (add them to " + MANIFEST + ", see docs/voice-clips.md)");
        }
    }

    private static byte[] readClip(String where, ManifestEntry entry, ClipFiles files) throws ClipLibraryException {
        String what = "Clip '" + entry.id() + "' (" + where + "/" + entry.file() + ")";
        byte[] wav;
        try (InputStream in = files.open(entry.file())) {
            wav = in.readAllBytes();
        } catch (IOException e) {
            throw new ClipLibraryException(what + " cannot be read: " + e, e);
        }
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            return toLibraryFormat(what, audio);
        } catch (UnsupportedAudioFileException | IOException e) {
            throw new ClipLibraryException(what + " is not a WAV file Java can read: " + e.getMessage(), e);
        }
    }

    private static byte[] toLibraryFormat(String what, AudioInputStream audio)
            throws IOException, ClipLibraryException {
        AudioFormat source = audio.getFormat();
        if (source.matches(FORMAT)) {
            return wholeFrames(audio.readAllBytes());
        }
        if (!AudioSystem.isConversionSupported(FORMAT, source)) {
            throw new ClipLibraryException(what + " is " + source + "; it must be " + FORMAT
                    + " (convert with: sox in.wav -r 22050 -c 1 -b 16 -e signed-integer out.wav)");
        }
        try (AudioInputStream converted = AudioSystem.getAudioInputStream(FORMAT, audio)) {
            return wholeFrames(converted.readAllBytes());
        }
    }

    // A truncated file can end mid-sample; a half frame would shift every later clip by one byte.
    private static byte[] wholeFrames(byte[] pcm) {
        int frameSize = FORMAT.getFrameSize();
        return pcm.length % frameSize == 0 ? pcm : Arrays.copyOf(pcm, pcm.length - pcm.length % frameSize);
    }

    private static Path inside(Path directory, String fileName) throws IOException {
        Path file = directory.resolve(fileName).normalize();
        if (!file.startsWith(directory.normalize())) {
            throw new IOException("File name '" + fileName + "' leaves the clip directory");
        }
        return file;
    }
}
