package vn.motcua.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.motcua.core.queue.PrintedTicket;

class TicketTextTest {

    @Test
    void linesAreVietnameseWith24HourTimeAndWaitRange() {
        TicketText text = TicketText.of(SampleTickets.ticket());

        assertThat(text.issued()).isEqualTo("Thời gian: 05/03/2025 14:07");
        assertThat(text.peopleAhead()).isEqualTo("Số người đang chờ trước bạn: 12");
        assertThat(text.expectedWait()).isEqualTo("Thời gian chờ dự kiến: 15–25 phút");
        assertThat(text.footer()).isEqualTo("Vui lòng chờ gọi số");
        assertThat(text.number()).isEqualTo("A1024");
    }

    @Test
    void upperBoundRoundsUpAndEqualBoundsPrintOneNumber() {
        PrintedTicket partial = ticket(Duration.ofSeconds(90), Duration.ofSeconds(130));
        PrintedTicket exact = ticket(Duration.ofMinutes(5), Duration.ofMinutes(5));

        assertThat(TicketText.of(partial).expectedWait()).isEqualTo("Thời gian chờ dự kiến: 1–3 phút");
        assertThat(TicketText.of(exact).expectedWait()).isEqualTo("Thời gian chờ dự kiến: 5 phút");
    }

    @Test
    void aRangeFromNoWaitReadsAsAnUpperBound() {
        PrintedTicket soon = ticket(Duration.ZERO, Duration.ofMinutes(20));

        assertThat(TicketText.of(soon).expectedWait()).isEqualTo("Thời gian chờ dự kiến: dưới 20 phút");
    }

    @Test
    void afternoonUses24HourClockAndThousandsHaveNoSeparator() {
        PrintedTicket t = new PrintedTicket("UBND", "Hộ tịch", "B7", LocalDateTime.of(2025, 12, 31, 23, 59), 1200,
                Duration.ZERO, Duration.ofMinutes(1), "x");

        assertThat(TicketText.of(t).issued()).isEqualTo("Thời gian: 31/12/2025 23:59");
        assertThat(TicketText.of(t).peopleAhead()).endsWith(": 1200");
    }

    @Test
    void decomposedInputIsComposed() {
        String decomposed = Normalizer.normalize("Đăng ký khai sinh", Normalizer.Form.NFD);

        assertThat(TicketText.of(SampleTickets.withService(decomposed)).service()).isEqualTo("Đăng ký khai sinh");
    }

    private static PrintedTicket ticket(Duration from, Duration to) {
        PrintedTicket t = SampleTickets.ticket();
        return new PrintedTicket(t.agencyName(), t.serviceName(), t.number(), t.issuedAt(), t.peopleAhead(), from,
                to, t.followUpQr());
    }
}
