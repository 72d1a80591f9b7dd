package vn.motcua.devices.keypad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeypadFrameCodecTest {

    @Test
    void formatsThePressOfTheChecksumExampleByteForByte() {
        KeypadFrame frame = new KeypadFrame("01", 17, new KeypadMessage.Press(2, 180));

        // 0x7C worked out by hand in docs/keypad-protocol.md
        assertThat(KeypadFrameCodec.format(frame)).isEqualTo("$KP,01,17,EVT,2,180*7C\r\n");
        assertThat(KeypadFrameCodec.encode(frame)).isEqualTo("$KP,01,17,EVT,2,180*7C\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(KeypadFrameCodec.checksum("KP,01,17,EVT,2,180")).isEqualTo("7C");
    }

    @Test
    void formatsMessagesWithoutPayloadWithTheirComma() {
        assertThat(KeypadFrameCodec.format(new KeypadFrame("01", 4, new KeypadMessage.Disarm())))
                .isEqualTo("$KP,01,4,DISARM,*2E\r\n");
        assertThat(KeypadFrameCodec.format(new KeypadFrame("01", 0, new KeypadMessage.Ping())))
                .isEqualTo("$KP,01,0,PING,*3A\r\n");
    }

    @Test
    void everyMessageSurvivesTheRoundTrip() {
        List<KeypadFrame> frames = List.of(
                new KeypadFrame("01", 1, new KeypadMessage.Press(1, 0)),
                new KeypadFrame("99", 255, new KeypadMessage.Press(9, 65_535)),
                new KeypadFrame("07", 0, new KeypadMessage.Heartbeat()),
                new KeypadFrame("07", 0, new KeypadMessage.Identity("KP300", "1.4.2", "SN000731", 3)),
                new KeypadFrame("00", 12, new KeypadMessage.Arm("A012", 30)),
                new KeypadFrame("03", 13, new KeypadMessage.Arm("BHX1025", 999)),
                new KeypadFrame("03", 14, new KeypadMessage.Disarm()),
                new KeypadFrame("03", 15, new KeypadMessage.Ping()),
                new KeypadFrame("03", 16, new KeypadMessage.Ack(255)));
        for (KeypadFrame frame : frames) {
            String line = KeypadFrameCodec.format(frame);
            assertThat(line).endsWith("\r\n").hasSizeLessThanOrEqualTo(KeypadFrameCodec.MAX_FRAME_LENGTH);
            assertThat(KeypadFrameCodec.parse(line.substring(0, line.length() - 2)))
                    .isEqualTo(new ParseResult.Accepted(frame));
        }
    }

    @Test
    void theLongestFrameFitsTheLimit() {
        KeypadFrame longest = new KeypadFrame("99", 255, new KeypadMessage.Identity("M".repeat(16),
                "F".repeat(16), "S".repeat(16), 9));

        assertThat(KeypadFrameCodec.encode(longest).length).isLessThanOrEqualTo(KeypadFrameCodec.MAX_FRAME_LENGTH);
    }

    @Test
    void acceptsALowerCaseChecksumLeadingZerosAndAMissingEmptyPayloadComma() {
        assertThat(KeypadFrameCodec.parse("$KP,01,17,EVT,2,180*7c"))
                .isEqualTo(new ParseResult.Accepted(new KeypadFrame("01", 17, new KeypadMessage.Press(2, 180))));
        assertThat(KeypadFrameCodec.parse(signed("KP,01,007,EVT,2,0180")))
                .isEqualTo(new ParseResult.Accepted(new KeypadFrame("01", 7, new KeypadMessage.Press(2, 180))));
        assertThat(KeypadFrameCodec.parse(signed("KP,05,9,HB")))
                .isEqualTo(new ParseResult.Accepted(new KeypadFrame("05", 9, new KeypadMessage.Heartbeat())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "BAD_CHECKSUM  | $KP,01,17,EVT,2,180*7D",
        "BAD_CHECKSUM  | $KP,01,17,EVT,3,180*7C",
        "NO_CHECKSUM   | $KP,01,17,EVT,2,180",
        "NO_CHECKSUM   | $KP,01,17,EVT,2,180*7",
        "NO_CHECKSUM   | $KP,01,17,EVT,2,180*7G",
        "NO_CHECKSUM   | $KP,01,17,EVT,2,180*",
        "NO_CHECKSUM   | $",
        "NO_CHECKSUM   | $KP,01*17,EVT*7C",
        "NOT_KEYPAD    | no dollar",
        "NOT_KEYPAD    | ''",
    })
    void rejectsBrokenFramesWithTheirReason(FrameError error, String line) {
        assertThat(KeypadFrameCodec.parse(line)).isInstanceOfSatisfying(ParseResult.Rejected.class,
                rejected -> assertThat(rejected.error()).isEqualTo(error));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "NOT_KEYPAD    | XX,01,17,EVT,2,180",
        "NOT_KEYPAD    | KP,01,17",
        "NOT_KEYPAD    | kp,01,17,EVT,2,180",
        "BAD_ADDRESS   | KP,1,17,EVT,2,180",
        "BAD_ADDRESS   | KP,001,17,EVT,2,180",
        "BAD_ADDRESS   | KP,A1,17,EVT,2,180",
        "BAD_SEQUENCE  | KP,01,256,EVT,2,180",
        "BAD_SEQUENCE  | KP,01,-1,EVT,2,180",
        "BAD_SEQUENCE  | KP,01,1000,HB,",
        "BAD_SEQUENCE  | KP,01,,HB,",
        "BAD_SEQUENCE  | KP,01,0,EVT,2,180",
        "UNKNOWN_TYPE  | KP,01,17,KEY,2,180",
        "UNKNOWN_TYPE  | KP,01,17,evt,2,180",
        "BAD_PAYLOAD   | KP,01,17,EVT,2",
        "BAD_PAYLOAD   | KP,01,17,EVT,2,180,1",
        "BAD_PAYLOAD   | KP,01,17,EVT,0,180",
        "BAD_PAYLOAD   | KP,01,17,EVT,10,180",
        "BAD_PAYLOAD   | KP,01,17,EVT,2,65536",
        "BAD_PAYLOAD   | KP,01,17,EVT,2,-5",
        "BAD_PAYLOAD   | KP,01,17,EVT,,180",
        "BAD_PAYLOAD   | KP,01,17,EVT,x,180",
        "BAD_PAYLOAD   | KP,01,17,HB,1",
        "BAD_PAYLOAD   | KP,01,17,ID,KP300,1.4.2,SN1",
        "BAD_PAYLOAD   | KP,01,17,ID,KP300,1.4.2,SN1,0",
        "BAD_PAYLOAD   | KP,01,17,ID,KP 300,1.4.2,SN1,3",
        "BAD_PAYLOAD   | KP,01,17,ID,ABCDEFGHIJKLMNOPQ,1.4.2,SN1,3",
        "BAD_PAYLOAD   | KP,01,17,ARM,A012,0",
        "BAD_PAYLOAD   | KP,01,17,ARM,A012,1000",
        "BAD_PAYLOAD   | KP,01,17,ARM,,30",
        "BAD_PAYLOAD   | KP,01,17,ACK,256",
        "BAD_PAYLOAD   | KP,01,17,ACK,",
        "BAD_PAYLOAD   | KP,01,17,PING,1",
    })
    void rejectsWellSignedFramesThatSayNothingValid(FrameError error, String body) {
        assertThat(KeypadFrameCodec.parse(signed(body))).isInstanceOfSatisfying(ParseResult.Rejected.class,
                rejected -> assertThat(rejected.error()).isEqualTo(error));
    }

    @Test
    void rejectsNonAsciiBytesAndOverlongLines() {
        assertThat(KeypadFrameCodec.parse("$KP,01,17,EVT,2,1\u00C380*7C"))
                .isInstanceOfSatisfying(ParseResult.Rejected.class,
                        r -> assertThat(r.error()).isEqualTo(FrameError.NOT_ASCII));
        assertThat(KeypadFrameCodec.parse(signed("KP,01,17,EVT,2,\t180")))
                .isInstanceOfSatisfying(ParseResult.Rejected.class,
                        r -> assertThat(r.error()).isEqualTo(FrameError.NOT_ASCII));
        assertThat(KeypadFrameCodec.parse(signed("KP,01,17,ID," + "A".repeat(130))))
                .isInstanceOfSatisfying(ParseResult.Rejected.class,
                        r -> assertThat(r.error()).isEqualTo(FrameError.TOO_LONG));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "KP,01,17,ARM,B0429,1000 | B0429",
        "KP,01,17,ARM,B0429,1000 | 1000",
        "KP,01,17,EVT,7,65536    | 65536",
        "KP,01,17,ID,KP300,1.4.2,SN777,0 | SN777",
        "KP,01,17,SECRET42,1     | SECRET42",
    })
    void aRejectionNeverRepeatsWhatTheFrameCarried(String body, String content) {
        ParseResult result = KeypadFrameCodec.parse(signed(body));

        assertThat(result).isInstanceOfSatisfying(ParseResult.Rejected.class,
                r -> assertThat(r.detail()).doesNotContain(content));
    }

    @Test
    void messagesRefuseValuesTheFrameCannotCarry() {
        assertThatThrownBy(() -> new KeypadMessage.Arm("A,12", 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeypadMessage.Arm("Ố012", 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeypadMessage.Arm("A012*", 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeypadMessage.Arm("A012", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeypadMessage.Press(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeypadFrame("1", 1, new KeypadMessage.Ping()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeypadFrame("01", 256, new KeypadMessage.Ping()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeypadFrame("01", 0, new KeypadMessage.Press(1, 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sequenceNumbersWrapFrom255ToOneNeverToZero() {
        assertThat(KeypadFrame.nextSequence(0)).isEqualTo(1);
        assertThat(KeypadFrame.nextSequence(254)).isEqualTo(255);
        assertThat(KeypadFrame.nextSequence(255)).isEqualTo(1);
    }

    @Test
    void everyFrameWrittenInTheProtocolDocumentIsValid() throws IOException {
        Path document = Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("keypad-protocol.md");
        String text = Files.readString(document);
        Matcher frames = Pattern.compile("\\$KP[^\\s<]*").matcher(text);
        List<String> found = new ArrayList<>();
        while (frames.find()) {
            found.add(frames.group());
            assertThat(KeypadFrameCodec.parse(frames.group())).as(frames.group())
                    .isInstanceOf(ParseResult.Accepted.class);
        }
        assertThat(found).hasSizeGreaterThan(10);
    }

    @Test
    void randomLinesNeverThrowAndAlmostNeverPass() {
        Random random = new Random(20261123);
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            char[] line = new char[random.nextInt(40)];
            for (int j = 0; j < line.length; j++) {
                line[j] = random.nextInt(4) == 0 ? (char) random.nextInt(256) : "$KP,0123456789*EVTHBACK".charAt(random.nextInt(23));
            }
            if (line.length > 0 && random.nextBoolean()) {
                line[0] = '$';
            }
            if (KeypadFrameCodec.parse(new String(line)) instanceof ParseResult.Accepted) {
                accepted++;
            }
        }
        assertThat(accepted).isZero();
    }

    @Test
    void everyChangeOfOneByteIsCaught() {
        String line = "$KP,01,17,EVT,2,180*7C";
        String alphabet = "$*,0123456789ABCDEFKPVTHIXYZ.-_/ \u00FF";
        for (int position = 1; position < line.length(); position++) {
            for (char replacement : alphabet.toCharArray()) {
                if (replacement == line.charAt(position)) {
                    continue;
                }
                String changed = line.substring(0, position) + replacement + line.substring(position + 1);
                assertThat(KeypadFrameCodec.parse(changed)).as(changed).isInstanceOf(ParseResult.Rejected.class);
            }
        }
    }

    static String signed(String body) {
        return "$" + body + "*" + KeypadFrameCodec.checksum(body);
    }
}
