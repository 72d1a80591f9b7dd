package vn.motcua.devices.sound;

import java.io.IOException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays through the default mixer's {@link SourceDataLine}. The line is opened per announcement so a
 * loudspeaker plugged in after start-up is picked up, and released between calls for other programs.
 */
public final class SystemAudioOutput implements AudioOutput {

    private static final int CHUNK_MILLIS = 100;

    @Override
    public void play(AudioInputStream audio) throws LineUnavailableException, IOException {
        AudioFormat format = audio.getFormat();
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            boolean complete = writeAll(audio, line);
            if (complete) {
                line.drain();
            } else {
                line.flush();
            }
        }
    }

    // Small chunks so an interrupt (close()) is noticed within about a tenth of a second.
    private static boolean writeAll(AudioInputStream audio, SourceDataLine line) throws IOException {
        AudioFormat format = audio.getFormat();
        int frames = Math.max(1, Math.round(format.getFrameRate() * CHUNK_MILLIS / 1000f));
        byte[] chunk = new byte[frames * format.getFrameSize()];
        int read;
        while ((read = audio.read(chunk)) > 0) {
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
            line.write(chunk, 0, read);
        }
        return true;
    }
}
