package vn.motcua.devices.sound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.LineUnavailableException;

/** Records the PCM of every announcement instead of playing it, and notices overlapping plays. */
class RecordingAudioOutput implements AudioOutput {

    interface Failure {
        void raise() throws LineUnavailableException, IOException;
    }

    private final List<byte[]> played = new ArrayList<>();
    private final AtomicInteger playing = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final List<Failure> failures = new ArrayList<>();
    private final CountDownLatch firstPlayStarted = new CountDownLatch(1);
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private volatile Thread player;

    /** The next plays fail like this, in order, before playing works again. */
    synchronized RecordingAudioOutput failingWith(Failure... next) {
        failures.addAll(List.of(next));
        return this;
    }

    /** Plays block until {@link #release()}, so calls pile up in the announcer's queue. */
    RecordingAudioOutput holding() {
        hold = new CountDownLatch(1);
        return this;
    }

    void release() {
        hold.countDown();
    }

    void awaitFirstPlay() throws InterruptedException {
        firstPlayStarted.await();
    }

    @Override
    public void play(AudioInputStream audio) throws LineUnavailableException, IOException {
        player = Thread.currentThread();
        int now = playing.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        try {
            firstPlayStarted.countDown();
            nextFailure().raise();
            byte[] pcm = readInSmallChunks(audio);
            hold.await();
            synchronized (this) {
                played.add(pcm);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            playing.decrementAndGet();
        }
    }

    synchronized List<byte[]> played() {
        return List.copyOf(played);
    }

    /** The thread that played last. */
    Thread player() {
        return player;
    }

    int mostPlayingAtOnce() {
        return mostAtOnce.get();
    }

    private synchronized Failure nextFailure() {
        return failures.isEmpty() ? () -> { } : failures.removeFirst();
    }

    // Like a SourceDataLine: reads a little at a time, giving other threads every chance to interleave.
    private static byte[] readInSmallChunks(AudioInputStream audio) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] chunk = new byte[512];
        int read;
        while ((read = audio.read(chunk)) > 0) {
            out.write(chunk, 0, read);
            Thread.yield();
        }
        return out.toByteArray();
    }
}
