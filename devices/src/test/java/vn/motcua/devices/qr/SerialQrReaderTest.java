package vn.motcua.devices.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.citizen.QrCodeReader;
import vn.motcua.devices.printer.SocatPtyPair;

/** A QR reader in USB-CDC mode emulated on a socat pseudo-terminal pair. */
class SerialQrReaderTest {
    static final String CARD = "079301000123|025123456|Nguyễn Thị Hồng Nhung|15031990|Nữ|"
            + "12 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh|20042021";

    @TempDir
    Path directory;

    private SocatPtyPair pair;
    private SerialQrReader reader;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void open() throws Exception {
        pair = new SocatPtyPair(directory);
        reader = new SerialQrReader(pair.a().toString(), 115200, Duration.ofMillis(100));
        reader.start(new QrCodeReader.Listener() {
            @Override
            public void scanned(String text) {
                events.add("scanned:" + text);
            }

            @Override
            public void problem(String messageKey) {
                events.add("problem:" + messageKey);
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        reader.close();
        pair.close();
    }

    private void send(byte[]... chunks) throws Exception {
        try (OutputStream device = Files.newOutputStream(pair.b())) {
            for (byte[] chunk : chunks) {
                device.write(chunk);
                device.flush();
            }
        }
    }

    private String next() throws InterruptedException {
        String event = events.poll(10, TimeUnit.SECONDS);
        assertThat(event).as("an event within 10 s").isNotNull();
        return event;
    }

    @Test
    void aCardCodeArrivesWholeWithItsVietnameseLettersEvenWhenSplitAcrossWrites() throws Exception {
        byte[] bytes = (CARD + "\r\n").getBytes(StandardCharsets.UTF_8);
        int cut = CARD.indexOf("ễ") + 1; // inside the two bytes of a Vietnamese letter
        send(java.util.Arrays.copyOfRange(bytes, 0, cut), java.util.Arrays.copyOfRange(bytes, cut, bytes.length));

        assertThat(next()).isEqualTo("scanned:" + CARD);
    }

    @Test
    void twoCodesInOneWriteArriveAsTwo() throws Exception {
        send("A001\rB002\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(next()).isEqualTo("scanned:A001");
        assertThat(next()).isEqualTo("scanned:B002");
    }

    @Test
    void aFrameThatIsNotUtf8IsReportedAndTheNextOneStillArrives() throws Exception {
        send(new byte[] {'N', 'g', (byte) 0xC3, '\r'}, "OK\r".getBytes(StandardCharsets.US_ASCII));

        assertThat(next()).isEqualTo("problem:" + SerialQrReader.PROBLEM_ENCODING);
        assertThat(next()).isEqualTo("scanned:OK");
    }

    @Test
    void anEndlessFrameIsDroppedNotPassedOnHalfRead() throws Exception {
        byte[] flood = new byte[SerialQrReader.MAX_FRAME + 100];
        java.util.Arrays.fill(flood, (byte) 'x');
        send(flood, "\rOK\r".getBytes(StandardCharsets.US_ASCII));

        assertThat(next()).isEqualTo("problem:" + SerialQrReader.PROBLEM_TOO_LONG);
        assertThat(next()).isEqualTo("scanned:OK");
    }

    @Test
    void aReaderThatWentAwayIsReportedAndReadAgainWhenItComesBack() throws Exception {
        pair.close();
        assertThat(next()).isEqualTo("problem:" + SerialQrReader.PROBLEM_DISCONNECTED);

        pair = new SocatPtyPair(directory);
        // The reader reopens on its own schedule; the device repeats the code until it is read, like a clerk would.
        String event = null;
        for (int attempt = 0; attempt < 50 && event == null; attempt++) {
            send("C003\r".getBytes(StandardCharsets.US_ASCII));
            event = events.poll(200, TimeUnit.MILLISECONDS);
        }
        assertThat(event).isEqualTo("scanned:C003");
    }
}
