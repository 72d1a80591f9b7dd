package vn.motcua.devices.keypad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.rating.RatingKeypad.KeyPress;
import vn.motcua.core.rating.RatingKeypad.KeypadState;
import vn.motcua.devices.printer.SocatPtyPair;

/**
 * Ten counters, ten keypads on ten socat pairs, a hundred presses each at once, with every seventh ACK lost on
 * the line so retransmissions run concurrently too: every press is reported exactly once, from the right keypad.
 */
@Timeout(120)
class TenKeypadsTest {
    private static final int KEYPADS = 10;
    private static final int PRESSES = 100;
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path directory;
    private final List<SocatPtyPair> pairs = new ArrayList<>();
    private final List<KeypadDeviceSimulator> devices = new ArrayList<>();
    private final List<SerialRatingKeypad> keypads = new ArrayList<>();

    @AfterEach
    void unplugAll() {
        keypads.forEach(SerialRatingKeypad::close);
        devices.forEach(KeypadDeviceSimulator::close);
        pairs.forEach(SocatPtyPair::close);
    }

    @Test
    void aThousandPressesFromTenKeypadsAreEachReportedOnceFromTheRightKeypad() throws Exception {
        assumeTrue(SocatPtyPair.socatInstalled(), "socat is not installed");
        ConcurrentLinkedQueue<KeyPress> reported = new ConcurrentLinkedQueue<>();
        for (int i = 1; i <= KEYPADS; i++) {
            String address = String.format("%02d", i);
            SocatPtyPair pair = new SocatPtyPair(directory, "counter" + address, "keypad" + address);
            pairs.add(pair);
            KeypadDeviceSimulator device = new KeypadDeviceSimulator(pair.b(), address,
                    SerialRatingKeypadTest.HEARTBEAT).start();
            device.loseFirstAckOfEvery(7);
            devices.add(device);
            SerialRatingKeypad keypad = new SerialRatingKeypad(SerialRatingKeypadTest.settings(pair.a(), address));
            keypad.onPress(reported::add);
            keypads.add(keypad.start());
        }
        Await.until("all keypads connected", WAIT,
                () -> keypads.stream().allMatch(k -> k.state() == KeypadState.CONNECTED));

        for (int n = 0; n < PRESSES; n++) {
            for (KeypadDeviceSimulator device : devices) {
                device.press(1 + n % 3, n); // the hold time numbers the press
            }
        }

        Await.until("every press acknowledged", WAIT, () -> devices.stream().allMatch(KeypadDeviceSimulator::idle));
        Await.until("1,000 presses reported", WAIT, () -> reported.size() >= KEYPADS * PRESSES);
        // a marker press per keypad, delivered after anything still in the event queues
        devices.forEach(device -> device.press(3, 65_000));
        Await.until("the markers reported", WAIT, () -> reported.size() >= KEYPADS * (PRESSES + 1));
        Await.until("the markers acknowledged", WAIT, () -> devices.stream().allMatch(KeypadDeviceSimulator::idle));

        Map<String, List<KeyPress>> byKeypad = reported.stream()
                .filter(press -> press.pressMillis() != 65_000)
                .collect(Collectors.groupingBy(KeyPress::keypad));
        assertThat(reported).hasSize(KEYPADS * (PRESSES + 1));
        assertThat(byKeypad).hasSize(KEYPADS);
        for (int i = 0; i < KEYPADS; i++) {
            KeypadDeviceSimulator device = devices.get(i);
            List<KeyPress> presses = byKeypad.get(device.address());
            assertThat(presses).extracting(KeyPress::pressMillis)
                    .as("keypad %s: each press once, in order", device.address())
                    .containsExactlyElementsOf(IntStream.range(0, PRESSES).mapToObj(n -> (long) n).toList());
            assertThat(presses).allSatisfy(press -> assertThat(press.key()).isEqualTo(1 + press.pressMillis() % 3));
            KeypadStatistics statistics = keypads.get(i).statistics();
            assertThat(statistics.presses()).isEqualTo(PRESSES + 1);
            assertThat(statistics.duplicates())
                    .as("every repeat the keypad sent was recognised").isEqualTo(device.copiesSent() - (PRESSES + 1))
                    .isGreaterThanOrEqualTo(PRESSES / 7);
            assertThat(statistics.rejected()).isEmpty();
        }
    }
}
