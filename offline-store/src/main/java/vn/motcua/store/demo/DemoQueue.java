package vn.motcua.store.demo;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.OptionalInt;
import vn.motcua.core.dossier.AgencyCode;
import vn.motcua.core.queue.CallPolicy;
import vn.motcua.core.queue.Counter;
import vn.motcua.core.queue.IssuingWindow;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueOffice;
import vn.motcua.core.queue.QueueService;
import vn.motcua.core.queue.ServiceId;

/**
 * DEMO DATA: a queue configuration so a fresh desk's kiosk, counters and board can be tried. Service ids carry
 * the {@value DemoCatalogue#CODE_PREFIX} prefix and the agency name says "DEMO", so demo tickets are never
 * mistaken for a real office's.
 */
public final class DemoQueue {
    public static final ServiceId CERTIFICATE_COPIES = new ServiceId(DemoCatalogue.CODE_PREFIX + "A");
    public static final ServiceId SCHOOL_TRANSFER = new ServiceId(DemoCatalogue.CODE_PREFIX + "B");
    public static final ServiceId OTHER_PROCEDURES = new ServiceId(DemoCatalogue.CODE_PREFIX + "C");
    public static final AgencyCode AGENCY = new AgencyCode("DEMO.00.00");

    private DemoQueue() {
    }

    /** Services A, B, C issuing 07:00–11:00 and 13:30–16:30; counters 1–4 each serving two of them. */
    public static QueueConfiguration configuration() {
        List<IssuingWindow> windows = List.of(new IssuingWindow(LocalTime.of(7, 0), LocalTime.of(11, 0)),
                new IssuingWindow(LocalTime.of(13, 30), LocalTime.of(16, 30)));
        List<QueueService> services = List.of(
                new QueueService(CERTIFICATE_COPIES, "Cấp bản sao văn bằng, chứng chỉ", "A", windows,
                        OptionalInt.of(200), false, Duration.ofMinutes(6)),
                new QueueService(SCHOOL_TRANSFER, "Chuyển trường", "B", windows, OptionalInt.of(100), false,
                        Duration.ofMinutes(12)),
                new QueueService(OTHER_PROCEDURES, "Các thủ tục khác", "C", windows, OptionalInt.empty(), false,
                        Duration.ofMinutes(10)));
        List<Counter> counters = List.of(
                new Counter(1, "Quầy 1", List.of(CERTIFICATE_COPIES, OTHER_PROCEDURES)),
                new Counter(2, "Quầy 2", List.of(CERTIFICATE_COPIES, SCHOOL_TRANSFER)),
                new Counter(3, "Quầy 3", List.of(SCHOOL_TRANSFER, OTHER_PROCEDURES)),
                new Counter(4, "Quầy 4", List.of(OTHER_PROCEDURES, CERTIFICATE_COPIES)));
        return new QueueConfiguration(new QueueOffice(AGENCY, "BỘ PHẬN MỘT CỬA (DEMO)"), CallPolicy.standard(),
                services, counters);
    }
}
