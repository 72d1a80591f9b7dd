package vn.motcua.devices.printer;

import java.time.Duration;
import java.time.LocalDateTime;
import vn.motcua.core.queue.PrintedTicket;

/** Realistic tickets for printer tests and benchmarks. */
public final class SampleTickets {
    /** Non-ASCII on purpose: QR data must be counted in bytes, not characters. */
    public static final String FOLLOW_UP = "https://dichvucong.example.vn/hang-cho?so=A1024&quầy=Một-cửa&mã=Đ7X";

    private SampleTickets() {
    }

    public static PrintedTicket ticket() {
        return new PrintedTicket("UBND PHƯỜNG BẾN NGHÉ — BỘ PHẬN MỘT CỬA",
                "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp",
                "A1024", LocalDateTime.of(2025, 3, 5, 14, 7), 12, Duration.ofMinutes(15), Duration.ofMinutes(25),
                FOLLOW_UP);
    }

    public static PrintedTicket withService(String serviceName) {
        PrintedTicket t = ticket();
        return new PrintedTicket(t.agencyName(), serviceName, t.number(), t.issuedAt(), t.peopleAhead(),
                t.waitFrom(), t.waitTo(), t.followUpQr());
    }
}
