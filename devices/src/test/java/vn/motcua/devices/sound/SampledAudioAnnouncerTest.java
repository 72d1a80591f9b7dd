package vn.motcua.devices.sound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assumptions.assumeThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.motcua.core.voice.AnnouncementScript;
import vn.motcua.core.voice.CallAnnouncement;
import vn.motcua.core.voice.VietnameseNumberWords;

class SampledAudioAnnouncerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AnnouncementScript SCRIPT = new AnnouncementScript(VietnameseNumberWords.northern());
    private static ScriptRenderer renderer;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger announcerLogger = (Logger) LoggerFactory.getLogger(SampledAudioAnnouncer.class);
    private final List<SampledAudioAnnouncer> announcers = new ArrayList<>();

    @BeforeAll
    static void loadBundledClips() throws ClipLibraryException {
        renderer = new ScriptRenderer(ClipLibrary.bundledVietnamese(SCRIPT.allClipIds()));
    }

    @BeforeEach
    void captureLog() {
        log.start();
        announcerLogger.addAppender(log);
        announcerLogger.setLevel(Level.DEBUG);
    }

    @AfterEach
    void stop() {
        announcers.forEach(SampledAudioAnnouncer::close);
        announcerLogger.detachAppender(log);
        announcerLogger.setLevel(null);
    }

    private SampledAudioAnnouncer announcer(AudioOutput output) {
        SampledAudioAnnouncer announcer = new SampledAudioAnnouncer(SCRIPT, renderer, output);
        announcers.add(announcer);
        return announcer;
    }

    private static byte[] pcmOf(CallAnnouncement call) throws IOException {
        try (AudioInputStream audio = renderer.render(SCRIPT.clipIds(call))) {
            return audio.readAllBytes();
        }
    }

    private List<ILoggingEvent> logged(Level level) {
        return log.list.stream().filter(event -> event.getLevel() == level).toList();
    }

    @Test
    void playsTheWholeScriptOfACall() throws Exception {
        RecordingAudioOutput output = new RecordingAudioOutput();
        SampledAudioAnnouncer announcer = announcer(output);
        CallAnnouncement call = new CallAnnouncement("A005", 3);

        announcer.announce(call);

        assertThat(announcer.awaitIdle(WAIT)).isTrue();
        assertThat(output.played()).singleElement().isEqualTo(pcmOf(call));
    }

    @Test
    void callsFromSeveralThreadsArePlayedOneAfterAnotherWholeAndInOrder() throws Exception {
        RecordingAudioOutput output = new RecordingAudioOutput().holding();
        SampledAudioAnnouncer announcer = announcer(output);
        String prefixes = "ABCD";
        int callsPerCounter = 5;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService counters = Executors.newFixedThreadPool(prefixes.length());
        List<Future<?>> submitted = new ArrayList<>();
        for (int counter = 1; counter <= prefixes.length(); counter++) {
            String prefix = prefixes.substring(counter - 1, counter);
            int counterNumber = counter;
            submitted.add(counters.submit(() -> {
                start.await();
                for (int i = 1; i <= callsPerCounter; i++) {
                    announcer.announce(new CallAnnouncement(prefix + i, counterNumber));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : submitted) {
            future.get();
        }
        counters.shutdown();
        output.release();

        assertThat(announcer.awaitIdle(WAIT)).isTrue();
        assertThat(output.mostPlayingAtOnce()).isEqualTo(1);
        Map<String, CallAnnouncement> callByPcm = new HashMap<>();
        for (int counter = 1; counter <= prefixes.length(); counter++) {
            for (int i = 1; i <= callsPerCounter; i++) {
                CallAnnouncement call = new CallAnnouncement(prefixes.charAt(counter - 1) + String.valueOf(i), counter);
                callByPcm.put(new String(pcmOf(call), StandardCharsets.ISO_8859_1), call);
            }
        }
        List<CallAnnouncement> heard = output.played().stream()
                .map(pcm -> callByPcm.get(new String(pcm, StandardCharsets.ISO_8859_1)))
                .toList();
        assertThat(heard).as("every recording is exactly one whole call").doesNotContainNull()
                .hasSize(prefixes.length() * callsPerCounter).doesNotHaveDuplicates();
        for (int counter = 1; counter <= prefixes.length(); counter++) {
            int counterNumber = counter;
            assertThat(heard.stream().filter(call -> call.counterNumber() == counterNumber)
                    .map(CallAnnouncement::sequence).toList())
                    .as("calls of counter %d in the order the counter made them", counter)
                    .containsExactly(1, 2, 3, 4, 5);
        }
    }

    @Test
    void withoutASoundDeviceTheCallIsDroppedLoggedOnceAndTheNextStillPlays() throws Exception {
        RecordingAudioOutput output = new RecordingAudioOutput().failingWith(
                () -> { throw new LineUnavailableException("Device busy"); },
                () -> { throw new IllegalArgumentException("No line matching interface SourceDataLine"); });
        SampledAudioAnnouncer announcer = announcer(output);
        CallAnnouncement later = new CallAnnouncement("B012", 4);

        assertThatCode(() -> {
            announcer.announce(new CallAnnouncement("A001", 1));
            announcer.announce(new CallAnnouncement("A002", 2));
            announcer.announce(later);
        }).doesNotThrowAnyException();

        assertThat(announcer.awaitIdle(WAIT)).isTrue();
        assertThat(output.played()).singleElement().isEqualTo(pcmOf(later));
        assertThat(logged(Level.WARN)).singleElement()
                .satisfies(event -> assertThat(event.getFormattedMessage())
                        .contains("No usable sound device", "Device busy"));
        assertThat(logged(Level.INFO)).singleElement()
                .satisfies(event -> assertThat(event.getFormattedMessage()).contains("available again"));
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(message -> message.contains("A001") || message.contains("B012"));
    }

    @Test
    void aNewOutageAfterRecoveryIsLoggedAgain() throws Exception {
        RecordingAudioOutput output = new RecordingAudioOutput();
        SampledAudioAnnouncer announcer = announcer(output);

        output.failingWith(() -> { throw new LineUnavailableException("unplugged"); });
        announcer.announce(new CallAnnouncement("A001", 1));
        announcer.announce(new CallAnnouncement("A002", 1));
        assertThat(announcer.awaitIdle(WAIT)).isTrue();
        output.failingWith(() -> { throw new LineUnavailableException("unplugged again"); });
        announcer.announce(new CallAnnouncement("A003", 1));

        assertThat(announcer.awaitIdle(WAIT)).isTrue();
        assertThat(logged(Level.WARN)).hasSize(2);
    }

    @Test
    void anUnexpectedOutputFailureIsLoggedAndTheAnnouncerKeepsWorking() throws Exception {
        RecordingAudioOutput output = new RecordingAudioOutput()
                .failingWith(() -> { throw new IllegalStateException("driver bug"); });
        SampledAudioAnnouncer announcer = announcer(output);

        announcer.announce(new CallAnnouncement("A001", 1));
        announcer.announce(new CallAnnouncement("A002", 1));

        assertThat(announcer.awaitIdle(WAIT)).isTrue();
        assertThat(output.played()).hasSize(1);
        assertThat(logged(Level.ERROR)).singleElement()
                .satisfies(event -> assertThat(event.getThrowableProxy().getMessage()).isEqualTo("driver bug"));
    }

    @Test
    void realSystemOutputWithoutASoundCardIsLoggedNotThrown() throws Exception {
        assumeThat(AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, ClipLibrary.FORMAT)))
                .as("this machine has no sound device (CI); with one the call would be heard").isFalse();
        SampledAudioAnnouncer announcer = announcer(new SystemAudioOutput());

        assertThatCode(() -> announcer.announce(new CallAnnouncement("A005", 3))).doesNotThrowAnyException();

        assertThat(announcer.awaitIdle(WAIT)).isTrue();
        assertThat(logged(Level.WARN)).singleElement()
                .satisfies(event -> assertThat(event.getFormattedMessage()).contains("No usable sound device"));
    }

    @Test
    void closeDropsQueuedCallsAndStopsThePlayerThread() throws Exception {
        RecordingAudioOutput output = new RecordingAudioOutput().holding();
        SampledAudioAnnouncer announcer = announcer(output);
        announcer.announce(new CallAnnouncement("A001", 1));
        announcer.announce(new CallAnnouncement("A002", 1));
        output.awaitFirstPlay();

        announcer.close();

        assertThat(announcer.awaitIdle(WAIT)).as("player thread ended").isTrue();
        output.player().join(WAIT.toMillis());
        assertThat(output.player().isAlive()).isFalse();
        assertThatCode(() -> announcer.announce(new CallAnnouncement("A003", 1))).doesNotThrowAnyException();
        output.release();
        assertThat(output.played()).isEmpty();
    }

    @Test
    void bundledAnnouncerLoads() throws Exception {
        try (SampledAudioAnnouncer announcer = SampledAudioAnnouncer.withBundledVietnameseClips()) {
            assertThat(announcer.awaitIdle(WAIT)).isTrue();
        }
    }
}
