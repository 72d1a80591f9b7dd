package vn.motcua.devices.keypad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrameAssemblerTest {
    private static final KeypadFrame PRESS = new KeypadFrame("01", 17, new KeypadMessage.Press(2, 180));
    private static final KeypadFrame BEAT = new KeypadFrame("01", 18, new KeypadMessage.Heartbeat());

    private final List<ParseResult> results = new ArrayList<>();
    private final FrameAssembler assembler = new FrameAssembler(results::add);

    private void feed(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        assembler.accept(bytes, 0, bytes.length);
    }

    private static String line(KeypadFrame frame) {
        return KeypadFrameCodec.format(frame);
    }

    @Test
    void aFrameArrivingOneByteAtATimeIsWhole() {
        for (char c : line(PRESS).toCharArray()) {
            feed(String.valueOf(c));
        }

        assertThat(results).containsExactly(new ParseResult.Accepted(PRESS));
    }

    @Test
    void severalFramesInOneReadArriveInOrder() {
        feed(line(PRESS) + line(BEAT) + line(PRESS));

        assertThat(results).containsExactly(new ParseResult.Accepted(PRESS), new ParseResult.Accepted(BEAT),
                new ParseResult.Accepted(PRESS));
    }

    @Test
    void garbageBeforeAndBetweenFramesIsSkippedAndCounted() {
        feed("\u0000\u00FFnoise" + line(PRESS) + "\r\n\r\nxx" + line(BEAT));

        assertThat(results).containsExactly(new ParseResult.Accepted(PRESS), new ParseResult.Accepted(BEAT));
        assertThat(assembler.skippedBytes()).isEqualTo(9);
    }

    @Test
    void aFrameCutShortByTheNextOneCostsOnlyItself() {
        String press = line(PRESS);
        feed(press.substring(0, 11) + line(BEAT));

        assertThat(results).hasSize(2);
        assertThat(((ParseResult.Rejected) results.get(0)).error()).isEqualTo(FrameError.TRUNCATED);
        assertThat(results.get(1)).isEqualTo(new ParseResult.Accepted(BEAT));
    }

    @Test
    void anEndlessLineIsDroppedOnceAndTheNextFrameStillArrives() {
        feed("$KP," + "9".repeat(5_000));
        feed("\r\n" + "garbage" + line(PRESS));

        assertThat(results).hasSize(2);
        assertThat(((ParseResult.Rejected) results.get(0)).error()).isEqualTo(FrameError.TOO_LONG);
        assertThat(results.get(1)).isEqualTo(new ParseResult.Accepted(PRESS));
        assertThat(assembler.skippedBytes()).isGreaterThan(4_000);
    }

    @Test
    void aLineOfExactlyTheLongestLengthIsParsedAndOneByteMoreIsTooLong() {
        String longest = "$" + "KP,01,1,ID,".concat("A".repeat(200)).substring(0, KeypadFrameCodec.MAX_FRAME_LENGTH - 3);
        assertThat(longest.length() + 2).isEqualTo(KeypadFrameCodec.MAX_FRAME_LENGTH);

        feed(longest + "\r\n");
        feed(longest + "A\r\n");

        assertThat(results).hasSize(2);
        assertThat(((ParseResult.Rejected) results.get(0)).error()).isNotEqualTo(FrameError.TOO_LONG);
        assertThat(((ParseResult.Rejected) results.get(1)).error()).isEqualTo(FrameError.TOO_LONG);
    }

    @Test
    void aSenderEndingFramesWithOnlyCrOrOnlyLfIsUnderstood() {
        String press = line(PRESS);
        String beat = line(BEAT);
        feed(press.substring(0, press.length() - 1) + beat.substring(0, beat.length() - 2) + "\n");

        assertThat(results).containsExactly(new ParseResult.Accepted(PRESS), new ParseResult.Accepted(BEAT));
    }

    @Test
    void aCorruptedByteIsReportedAndTheNextFrameIsFine() {
        feed("$KP,01,17,EVT,2,1\u00C380*7C\r\n" + line(BEAT));

        assertThat(((ParseResult.Rejected) results.get(0)).error()).isEqualTo(FrameError.NOT_ASCII);
        assertThat(results.get(1)).isEqualTo(new ParseResult.Accepted(BEAT));
    }

    @Test
    void everyValidFrameSurvivesRandomNoiseAndRandomReadSizes() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            results.clear();
            assembler.reset();
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            List<KeypadFrame> sent = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                byte[] noise = new byte[random.nextInt(3) == 0 ? random.nextInt(300) : 0];
                random.nextBytes(noise);
                stream.writeBytes(noise);
                KeypadFrame frame = new KeypadFrame(String.format("%02d", 1 + random.nextInt(99)),
                        1 + random.nextInt(255), new KeypadMessage.Press(1 + random.nextInt(9), random.nextInt(65_536)));
                sent.add(frame);
                stream.writeBytes(KeypadFrameCodec.encode(frame));
            }
            byte[] all = stream.toByteArray();
            for (int at = 0; at < all.length; ) {
                int read = Math.min(all.length - at, 1 + random.nextInt(64));
                assembler.accept(all, at, read);
                at += read;
            }

            List<KeypadFrame> received = results.stream()
                    .filter(ParseResult.Accepted.class::isInstance)
                    .map(r -> ((ParseResult.Accepted) r).frame())
                    .toList();
            assertThat(received).as("round %d", round).isEqualTo(sent);
        }
    }
}
