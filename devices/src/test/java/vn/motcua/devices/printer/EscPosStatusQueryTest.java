package vn.motcua.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.core.queue.PrinterStatus;

class EscPosStatusQueryTest {

    @ParameterizedTest(name = "printer {0}, offline cause {1}, paper {2} -> {3}")
    @CsvSource({
            "0x12, 0x12, 0x12, READY",
            "0x12, 0x12, 0x1E, PAPER_NEAR_END",
            "0x12, 0x12, 0x16, PAPER_NEAR_END",
            "0x1A, 0x12, 0x12, OFFLINE",
            "0x1A, 0x16, 0x12, COVER_OPEN",
            "0x1A, 0x32, 0x7E, PAPER_OUT",
            "0x12, 0x12, 0x72, PAPER_OUT",
            "0x1A, 0x32, 0x12, PAPER_OUT",
            "0x1A, 0x52, 0x12, ERROR",
            "0x1A, 0x56, 0x7E, COVER_OPEN",
    })
    void replyBitsMapToStatus(String printer, String offlineCause, String paper, PrinterStatus expected) {
        assertThat(EscPosStatusQuery.decode(Integer.decode(printer), Integer.decode(offlineCause),
                Integer.decode(paper))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0x12, true", "0x1A, true", "0x7E, true", "0x00, false", "0x10, false", "0x14, false",
            "0x68, false", "0x92, false", "0x13, false", "0xFF, false"})
    void onlyBytesWithTheFixedBitsAreReplies(String b, boolean reply) {
        assertThat(EscPosStatusQuery.isStatusReply(Integer.decode(b))).isEqualTo(reply);
    }
}
