package vn.motcua.devices.sound;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import vn.motcua.core.voice.AnnouncementScript;

/**
 * Joins the clips of an announcement script into one PCM stream, turning {@link AnnouncementScript#GAP}
 * and {@link AnnouncementScript#PAUSE} into silence.
 */
public final class ScriptRenderer {

    public static final Duration DEFAULT_GAP = Duration.ofMillis(150);
    public static final Duration DEFAULT_PAUSE = Duration.ofMillis(800);

    private final ClipLibrary clips;
    private final byte[] gap;
    private final byte[] pause;

    public ScriptRenderer(ClipLibrary clips, Duration gap, Duration pause) {
        this.clips = clips;
        this.gap = silence(gap);
        this.pause = silence(pause);
    }

    public ScriptRenderer(ClipLibrary clips) {
        this(clips, DEFAULT_GAP, DEFAULT_PAUSE);
    }

    /** Frames of silence for a duration at the library's sample rate. */
    public static long silenceFrames(Duration duration) {
        return Math.round(duration.toNanos() * (double) ClipLibrary.FORMAT.getFrameRate() / 1e9);
    }

    public AudioInputStream render(List<String> script) {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        for (String id : script) {
            pcm.writeBytes(pcmFor(id));
        }
        AudioFormat format = clips.format();
        return new AudioInputStream(new ByteArrayInputStream(pcm.toByteArray()), format,
                pcm.size() / format.getFrameSize());
    }

    private byte[] pcmFor(String id) {
        return switch (id) {
            case AnnouncementScript.GAP -> gap;
            case AnnouncementScript.PAUSE -> pause;
            default -> clips.pcm(id);
        };
    }

    private static byte[] silence(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Silence cannot be negative: " + duration);
        }
        // 16-bit signed PCM: silence is all zero bytes.
        return new byte[Math.toIntExact(silenceFrames(duration) * ClipLibrary.FORMAT.getFrameSize())];
    }
}
