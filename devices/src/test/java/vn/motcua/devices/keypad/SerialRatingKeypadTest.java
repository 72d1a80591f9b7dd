package vn.motcua.devices.keypad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.rating.RatingKeypad.KeyPress;
import vn.motcua.core.rating.RatingKeypad.KeypadState;
import vn.motcua.devices.printer.SocatPtyPair;

/**
 * The serial keypad adapter against the scripted keypad simulator over a real socat pty pair: the adapter opens
 * ttyA through jSerialComm, the simulated keypad speaks on ttyB.
 */
@Timeout(60)
class SerialRatingKeypadTest {
    static final Duration HEARTBEAT = Duration.ofMillis(400);
    static final Duration WAIT = Duration.ofSeconds(15);
    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    @TempDir
    Path directory;
    private SocatPtyPair pair;
    private KeypadDeviceSimulator device;
    private SerialRatingKeypad keypad;
    private final List<KeyPress> presses = new CopyOnWriteArrayList<>();
    private final List<KeypadState> states = new CopyOnWriteArrayList<>();

    @BeforeEach
    void plugIn() throws Exception {
        assumeTrue(SocatPtyPair.socatInstalled(), "socat is not installed");
        pair = new SocatPtyPair(directory);
        device = new KeypadDeviceSimulator(pair.b(), "01", HEARTBEAT).start();
    }

    @AfterEach
    void unplug() {
        if (keypad != null) {
            keypad.close();
        }
        if (device != null) {
            device.close();
        }
        if (pair != null) {
            pair.close();
        }
    }

    static KeypadSettings settings(Path port, String address) {
        return KeypadSettings.serial(port.toString())
                .withAddress(address)
                .withHeartbeat(HEARTBEAT, 4) // lost after 1.6 s: quick, yet not fooled by a busy machine
                .withReconnect(Duration.ofMillis(50), Duration.ofMillis(400));
    }

    private SerialRatingKeypad start(KeypadSettings settings) {
        keypad = new SerialRatingKeypad(settings, Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh")));
        keypad.onPress(presses::add);
        keypad.onState(states::add);
        return keypad.start();
    }

    private void awaitState(KeypadState state) {
        Await.until("keypad " + state + " (states so far " + states + ")", WAIT, () -> keypad.state() == state);
    }

    private void awaitPresses(int count) {
        Await.until(count + " presses reported (so far " + presses + ")", WAIT, () -> presses.size() >= count);
    }

    @Test
    void aPressIsReportedWithKeyHoldTimeAndAddressAndAcknowledged() {
        start(settings(pair.a(), "01"));
        awaitState(KeypadState.CONNECTED);

        device.press(2, 180);

        awaitPresses(1);
        assertThat(presses).containsExactly(new KeyPress("01", 2, 180, NOW));
        Await.until("the press acknowledged", WAIT, device::idle);
        assertThat(device.acknowledged()).isEqualTo(1);
        assertThat(keypad.identity()).contains(device.identity());
        assertThat(states).containsExactly(KeypadState.CONNECTED);
        assertThat(keypad.statistics().presses()).isEqualTo(1);
    }

    @Test
    void aCopyWithABadChecksumIsRejectedAndTheRepeatIsReportedOnce() {
        start(settings(pair.a(), "01"));
        awaitState(KeypadState.CONNECTED);

        device.corruptCopies(1);
        device.press(3, 250);

        awaitPresses(1);
        Await.until("the repeat acknowledged", WAIT, device::idle);
        assertThat(device.copiesSent()).isGreaterThanOrEqualTo(2);
        assertThat(device.acknowledged()).isEqualTo(1);
        pressAndAwaitAMarker();
        assertThat(presses).extracting(KeyPress::key).containsExactly(3, 1);
        assertThat(keypad.statistics().rejected(FrameError.BAD_CHECKSUM)).isEqualTo(1);
        awaitEveryCopySeen(2 + 1); // two presses, one corrupted copy rejected
    }

    @Test
    void aFrameWithABadChecksumIsNeitherReportedNorAcknowledged() throws Exception {
        start(settings(pair.a(), "01"));
        awaitState(KeypadState.CONNECTED);

        device.sendRaw("$KP,01,200,EVT,3,200*00\r\n");
        pressAndAwaitAMarker();

        assertThat(presses).extracting(KeyPress::key).containsExactly(1);
        assertThat(device.acksFor(200)).isZero();
        assertThat(keypad.statistics().rejected(FrameError.BAD_CHECKSUM)).isEqualTo(1);
    }

    @Test
    void garbageSplitFramesAndSeveralFramesInOneWriteAreAllUnderstood() throws Exception {
        start(settings(pair.a(), "01"));
        awaitState(KeypadState.CONNECTED);
        String first = KeypadFrameCodec.format(new KeypadFrame("01", 201, new KeypadMessage.Press(1, 11)));
        String second = KeypadFrameCodec.format(new KeypadFrame("01", 202, new KeypadMessage.Press(2, 22)));
        String third = KeypadFrameCodec.format(new KeypadFrame("01", 203, new KeypadMessage.Press(3, 33)));

        device.sendInPieces(Duration.ofMillis(50),
                "\u0000\u00FFx\r\u0080",
                "$KP,01,20", // a frame cut short by a glitch
                first.substring(0, 5),
                first.substring(5, 14),
                first.substring(14) + "noise" + second + third);

        awaitPresses(3);
        assertThat(presses).extracting(KeyPress::key, KeyPress::pressMillis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 11L), org.assertj.core.groups.Tuple.tuple(2, 22L),
                        org.assertj.core.groups.Tuple.tuple(3, 33L));
        Await.until("all three acknowledged", WAIT,
                () -> device.acksFor(201) == 1 && device.acksFor(202) == 1 && device.acksFor(203) == 1);
        KeypadStatistics statistics = keypad.statistics();
        assertThat(statistics.rejected(FrameError.TRUNCATED)).isEqualTo(1);
        assertThat(statistics.skippedBytes()).isEqualTo(4 + 5);
    }

    @Test
    void aRetransmittedPressIsAcknowledgedEveryTimeAndReportedOnce() {
        start(settings(pair.a(), "01"));
        awaitState(KeypadState.CONNECTED);

        device.loseAcks(2);
        device.press(1, 95);

        Await.until("the third copy acknowledged", WAIT, device::idle);
        int copies = device.copiesSent();
        assertThat(copies).isGreaterThanOrEqualTo(3);
        int eventSequence = device.framesFromHost().stream()
                .filter(f -> f.message() instanceof KeypadMessage.Ack).map(f -> ((KeypadMessage.Ack) f.message()).sequence())
                .findFirst().orElseThrow();
        Await.until("an ACK for every copy", WAIT, () -> device.acksFor(eventSequence) == copies);
        pressAndAwaitAMarker();
        assertThat(presses).extracting(KeyPress::key, KeyPress::pressMillis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 95L), org.assertj.core.groups.Tuple.tuple(1, 1L));
        assertThat(keypad.statistics().presses()).isEqualTo(2);
        awaitEveryCopySeen(2);
    }

    @Test
    void armSendsTheTicketAndTimeoutAndDisarmPutsThePadOut() {
        start(settings(pair.a(), "01"));
        awaitState(KeypadState.CONNECTED);

        keypad.arm("A012", Duration.ofSeconds(30));

        KeypadFrame arm = device.awaitFromHost(f -> f.message() instanceof KeypadMessage.Arm, WAIT);
        assertThat(arm.message()).isEqualTo(new KeypadMessage.Arm("A012", 30));
        assertThat(arm.address()).isEqualTo("01");
        assertThat(device.litFor()).contains("A012");

        keypad.disarm();

        device.awaitFromHost(f -> f.message() instanceof KeypadMessage.Disarm, WAIT);
        assertThat(device.litFor()).isEmpty();
    }

    @Test
    void unpluggedKeypadIsReopenedOnANewPortAndStillArmedPressesContinue() throws Exception {
        start(settings(pair.a(), "01"));
        awaitState(KeypadState.CONNECTED);
        device.press(1, 120);
        awaitPresses(1);
        keypad.arm("B007", Duration.ofSeconds(60));
        device.awaitFromHost(f -> f.message() instanceof KeypadMessage.Arm, WAIT);

        device.close();
        pair.unplug();
        awaitState(KeypadState.DISCONNECTED);

        // Another device takes the freed pty numbers, so a port object still bound to the old pty would not
        // find our keypad there: only a new port object, resolving the link again, does.
        try (SocatPtyPair bystander = new SocatPtyPair(directory, "otherA", "otherB")) {
            pair = new SocatPtyPair(directory); // plugged back in: same link path, new ptys
            device = new KeypadDeviceSimulator(pair.b(), "01", HEARTBEAT).start(); // it powers up again
            awaitState(KeypadState.CONNECTED);
            assertThat(bystander.a()).isNotEqualTo(pair.a());
        }
        KeypadFrame rearm = device.awaitFromHost(f -> f.message() instanceof KeypadMessage.Arm, WAIT);
        assertThat(((KeypadMessage.Arm) rearm.message()).ticket()).isEqualTo("B007");
        assertThat(((KeypadMessage.Arm) rearm.message()).timeoutSeconds()).isBetween(1, 60);
        assertThat(device.litFor()).contains("B007");

        device.press(1, 120); // the same key and hold time as before, and quite possibly the same number
        awaitPresses(2);
        assertThat(presses).containsExactly(new KeyPress("01", 1, 120, NOW), new KeyPress("01", 1, 120, NOW));
        assertThat(states).containsExactly(KeypadState.CONNECTED, KeypadState.DISCONNECTED, KeypadState.CONNECTED);
        assertThat(keypad.statistics().opens()).isGreaterThanOrEqualTo(2);
        assertThat(keypad.statistics().connections()).isEqualTo(2);
    }

    @Test
    void aPressEndsTheArmSoAReconnectDoesNotLightThePadAgain() throws Exception {
        start(settings(pair.a(), "01"));
        awaitState(KeypadState.CONNECTED);
        keypad.arm("C003", Duration.ofSeconds(60));
        device.awaitFromHost(f -> f.message() instanceof KeypadMessage.Arm, WAIT);
        device.press(2, 70);
        awaitPresses(1);

        device.close();
        pair.unplug();
        awaitState(KeypadState.DISCONNECTED);
        pair = new SocatPtyPair(directory);
        device = new KeypadDeviceSimulator(pair.b(), "01", HEARTBEAT).start();
        awaitState(KeypadState.CONNECTED);
        device.press(3, 30);
        awaitPresses(2);

        assertThat(device.framesFromHost()).noneMatch(f -> f.message() instanceof KeypadMessage.Arm);
        assertThat(device.litFor()).isEmpty();
    }

    @Test
    void lostHeartbeatsAreNoticedAndTheirReturnReconnects() {
        start(settings(pair.a(), "01"));
        awaitState(KeypadState.CONNECTED);

        device.setSilent(true);
        awaitState(KeypadState.DISCONNECTED);
        Await.until("the silent port closed and a new port object opened", WAIT,
                () -> keypad.statistics().opens() >= 2);

        device.setSilent(false);
        awaitState(KeypadState.CONNECTED);

        assertThat(states).containsExactly(KeypadState.CONNECTED, KeypadState.DISCONNECTED, KeypadState.CONNECTED);
        assertThat(device.framesFromHost()).filteredOn(f -> f.message() instanceof KeypadMessage.Ping)
                .as("pings while silent").hasSizeGreaterThanOrEqualTo(2);
        device.press(2, 40);
        awaitPresses(1);
    }

    @Test
    void framesFromAnotherAddressAreIgnored() throws Exception {
        start(settings(pair.a(), "02"));
        Await.until("some frames of keypad 01 ignored", WAIT, () -> keypad.statistics().foreign() >= 2);

        device.sendRaw(KeypadFrameCodec.format(new KeypadFrame("01", 210, new KeypadMessage.Press(1, 5))));
        Await.until("more frames of keypad 01 ignored", WAIT, () -> keypad.statistics().foreign() >= 4);

        assertThat(keypad.state()).isEqualTo(KeypadState.DISCONNECTED);
        assertThat(presses).isEmpty();
        assertThat(device.acksFor(210)).isZero();
    }

    @Test
    void echoedHostFramesAndFramesFromTheBroadcastAddressAreIgnored() throws Exception {
        start(settings(pair.a(), ""));
        awaitState(KeypadState.CONNECTED);

        device.sendRaw(KeypadFrameCodec.format(new KeypadFrame("01", 220, new KeypadMessage.Arm("A001", 30)))
                + KeypadFrameCodec.format(new KeypadFrame("00", 221, new KeypadMessage.Press(1, 5))));
        pressAndAwaitAMarker();

        assertThat(keypad.statistics().unexpected()).isEqualTo(2);
        assertThat(presses).extracting(KeyPress::pressMillis).containsExactly(1L);
        assertThat(device.acksFor(221)).isZero();
    }

    @Test
    void withoutAConfiguredAddressTheKeypadHeardIsTheOneAddressed() throws Exception {
        device.close();
        device = new KeypadDeviceSimulator(pair.b(), "07", HEARTBEAT).start();
        start(settings(pair.a(), ""));
        awaitState(KeypadState.CONNECTED);

        keypad.arm("A001", Duration.ofSeconds(5));
        Await.until("keypad 07 lit", WAIT, () -> device.litFor().isPresent());
        device.press(3, 300);

        awaitPresses(1);
        assertThat(presses.get(0).keypad()).isEqualTo("07");
        assertThat(device.awaitFromHost(f -> f.message() instanceof KeypadMessage.Arm, WAIT).address()).isEqualTo("07");
        assertThat(keypad.address()).isEqualTo("07");
    }

    @Test
    void aKeypadThatIsNotThereYetIsWaitedFor() throws Exception {
        Path later = directory.resolve("later");
        java.nio.file.Files.createDirectories(later);
        start(settings(later.resolve("ttyA"), "01"));
        Await.until("several attempts to open a missing port", WAIT,
                () -> keypad.statistics().failedOpens() >= 3);
        assertThat(keypad.state()).isEqualTo(KeypadState.DISCONNECTED);
        assertThat(keypad.statistics().opens()).isZero();

        try (SocatPtyPair late = new SocatPtyPair(later);
                KeypadDeviceSimulator lateDevice = new KeypadDeviceSimulator(late.b(), "01", HEARTBEAT).start()) {
            awaitState(KeypadState.CONNECTED);
            lateDevice.press(2, 10);
            awaitPresses(1);
            keypad.close();
        }
    }

    @Test
    void closeStopsEverythingAndSaysSo() {
        start(settings(pair.a(), "01"));
        awaitState(KeypadState.CONNECTED);

        keypad.close();

        assertThat(keypad.state()).isEqualTo(KeypadState.CLOSED);
        assertThat(states).endsWith(KeypadState.CLOSED);
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("keypad-ttyA-"));
        keypad.arm("A001", Duration.ofSeconds(5)); // after close: ignored, no error
        keypad.close();
    }

    @Test
    void keypadThreadsAreNamedDaemons() {
        start(settings(pair.a(), "01"));
        awaitState(KeypadState.CONNECTED);
        device.press(1, 1);
        awaitPresses(1);

        List<Thread> threads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("keypad-ttyA-")).toList();
        assertThat(threads).extracting(Thread::getName)
                .containsExactlyInAnyOrder("keypad-ttyA-read", "keypad-ttyA-send", "keypad-ttyA-events");
        assertThat(threads).allMatch(Thread::isDaemon);
    }

    /**
     * Every EVT copy the keypad sent, beyond the first copy of each press (and any copy rejected), was recognised as
     * a duplicate.
     * (How many copies go out depends on how quickly ACKs come back; that they are all recognised does not.)
     */
    private void awaitEveryCopySeen(int notDuplicates) {
        Await.until("the keypad idle", WAIT, device::idle);
        Await.until("every repeat recognised (copies " + device.copiesSent() + ", " + keypad.statistics() + ")", WAIT,
                () -> keypad.statistics().duplicates() == device.copiesSent() - notDuplicates);
    }

    /** Presses key 1 and waits for it: every press reported before it has been delivered by then. */
    private void pressAndAwaitAMarker() {
        int before = presses.size();
        device.press(1, 1);
        awaitPresses(before + 1);
    }
}
