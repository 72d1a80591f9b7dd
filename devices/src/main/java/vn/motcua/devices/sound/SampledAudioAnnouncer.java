package vn.motcua.devices.sound;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.LineUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.voice.AnnouncementScript;
import vn.motcua.core.voice.CallAnnouncement;
import vn.motcua.core.voice.CallAnnouncer;
import vn.motcua.core.voice.VietnameseNumberWords;

/**
 * Says calls from recorded clips on one background daemon thread: calls wait in a queue and are played
 * in order, never over each other. With no sound device the call is logged (once per outage, at WARN)
 * and dropped; {@link #announce} never fails because of the device.
 */
public final class SampledAudioAnnouncer implements CallAnnouncer {

    private static final Logger LOG = LoggerFactory.getLogger(SampledAudioAnnouncer.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private final AnnouncementScript script;
    private final ScriptRenderer renderer;
    private final AudioOutput output;
    private final ExecutorService player = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "call-announcer");
        thread.setDaemon(true);
        return thread;
    });
    // Touched only by the player thread.
    private boolean deviceMissing;

    public SampledAudioAnnouncer(AnnouncementScript script, ScriptRenderer renderer, AudioOutput output) {
        this.script = Objects.requireNonNull(script, "script");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.output = Objects.requireNonNull(output, "output");
    }

    /**
     * The bundled espeak-ng clips, Northern number reading, played on the system mixer.
     *
     * @throws ClipLibraryException when the bundled clips are damaged (a broken build, not a missing device)
     */
    public static SampledAudioAnnouncer withBundledVietnameseClips() throws ClipLibraryException {
        AnnouncementScript script = new AnnouncementScript(VietnameseNumberWords.northern());
        ClipLibrary clips = ClipLibrary.bundledVietnamese(script.allClipIds());
        return new SampledAudioAnnouncer(script, new ScriptRenderer(clips), new SystemAudioOutput());
    }

    @Override
    public void announce(CallAnnouncement announcement) {
        Objects.requireNonNull(announcement, "announcement");
        try {
            player.execute(() -> say(announcement));
        } catch (RejectedExecutionException closed) {
            LOG.debug("Call announcer is closed; a call was not announced");
        }
    }

    /**
     * Waits until every call queued so far has been played (or dropped).
     *
     * @return false when the timeout passed first
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        try {
            player.submit(() -> { }).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (RejectedExecutionException closed) {
            return player.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("An empty task failed", e);
        }
    }

    /** Drops queued calls, cuts the one playing, and waits briefly for the player thread to end. */
    @Override
    public void close() {
        player.shutdownNow();
        try {
            if (!player.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Call announcer did not stop within {}; its daemon thread is left to end with the app",
                        CLOSE_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void say(CallAnnouncement announcement) {
        AudioInputStream audio;
        try {
            audio = renderer.render(script.clipIds(announcement));
        } catch (RuntimeException e) {
            LOG.error("Could not assemble a call announcement from the clips", e);
            return;
        }
        play(audio);
    }

    private void play(AudioInputStream audio) {
        try {
            output.play(audio);
            deviceBack();
        } catch (LineUnavailableException | IllegalArgumentException | IOException | SecurityException e) {
            noDevice(e);
        } catch (RuntimeException e) {
            LOG.error("Sound output failed while announcing a call", e);
        }
    }

    private void noDevice(Exception cause) {
        if (!deviceMissing) {
            deviceMissing = true;
            LOG.warn("No usable sound device; calls are shown but not said aloud until one is available ({})",
                    cause.toString());
        } else {
            LOG.debug("Still no usable sound device ({})", cause.toString());
        }
    }

    private void deviceBack() {
        if (deviceMissing) {
            deviceMissing = false;
            LOG.info("Sound device available again; calls are said aloud");
        }
    }
}
