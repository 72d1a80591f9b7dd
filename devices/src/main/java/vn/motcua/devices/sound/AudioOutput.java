package vn.motcua.devices.sound;

import java.io.IOException;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.LineUnavailableException;

/** Where announcement audio is heard: the system mixer, or a recorder in tests. */
public interface AudioOutput {

    /**
     * Plays the whole stream and returns once it has been heard. Stops early, without error, when the
     * calling thread is interrupted.
     *
     * @throws LineUnavailableException or {@link IllegalArgumentException} when there is no usable sound device
     */
    void play(AudioInputStream audio) throws LineUnavailableException, IOException;
}
