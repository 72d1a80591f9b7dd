package vn.motcua.devices.sound;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Collectors;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Writes small clip libraries of synthetic tones for tests. */
final class TestClips {

    private TestClips() {
    }

    /** A clip of {@code frames} frames of a tone, in {@code format}. */
    static void writeWav(Path file, AudioFormat format, int frames) throws IOException {
        byte[] pcm = tone(format, frames);
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(pcm), format, frames)) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }

    /** A library folder with one library-format clip per id, each {@code frames} long. */
    static Path library(Path dir, Collection<String> ids, int frames) throws IOException {
        for (String id : ids) {
            writeWav(dir.resolve(id + ".wav"), ClipLibrary.FORMAT, frames);
        }
        writeManifest(dir, ids.stream().map(id -> id + "\t" + id + ".wav\t" + id).collect(Collectors.joining("\n")));
        return dir;
    }

    static void writeManifest(Path dir, String lines) throws IOException {
        Files.writeString(dir.resolve(ClipLibrary.MANIFEST), "# test clips\n" + lines + "\n", StandardCharsets.UTF_8);
    }

    private static byte[] tone(AudioFormat format, int frames) {
        int bytesPerSample = format.getSampleSizeInBits() / 8;
        ByteBuffer pcm = ByteBuffer.allocate(frames * format.getFrameSize())
                .order(format.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        for (int frame = 0; frame < frames; frame++) {
            double value = Math.sin(2 * Math.PI * 440 * frame / format.getSampleRate()) * 0.5;
            for (int channel = 0; channel < format.getChannels(); channel++) {
                if (bytesPerSample == 2) {
                    pcm.putShort((short) (value * Short.MAX_VALUE));
                } else {
                    pcm.put((byte) (value * Byte.MAX_VALUE));
                }
            }
        }
        return pcm.array();
    }
}
