package vn.motcua.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import vn.motcua.core.calendar.WorkCalendar;

class IssuingRulesTest {
    private final IssuingRules rules = new IssuingRules(WorkCalendar.vietnam());
    private final QueueService limited = QueueFixtures.service(QueueFixtures.A, OptionalInt.of(50));

    @Test
    void aWorkingDayInsideAWindowBelowTheLimitIssues() {
        assertThat(rules.refusal(limited, QueueFixtures.at(7, 0), 49)).isEmpty();
        assertThat(rules.refusal(limited, QueueFixtures.at(13, 30), 0)).isEmpty();
    }

    @Test
    void weekendsAndPublicHolidaysAreRefused() {
        assertThat(rules.refusal(limited, LocalDate.of(2025, 11, 8).atTime(9, 0), 0)) // Saturday
                .contains(QueueRefusal.NOT_A_WORKING_DAY);
        assertThat(rules.refusal(limited, LocalDate.of(2025, 9, 2).atTime(9, 0), 0)) // National Day
                .contains(QueueRefusal.NOT_A_WORKING_DAY);
    }

    @Test
    void outsideTheServicesWindowsIsRefused() {
        assertThat(rules.refusal(limited, QueueFixtures.at(6, 59), 0)).contains(QueueRefusal.OUTSIDE_ISSUING_HOURS);
        assertThat(rules.refusal(limited, QueueFixtures.at(11, 0), 0)).contains(QueueRefusal.OUTSIDE_ISSUING_HOURS);
        assertThat(rules.refusal(limited, QueueFixtures.at(12, 0), 0)).contains(QueueRefusal.OUTSIDE_ISSUING_HOURS);
        assertThat(rules.refusal(limited, QueueFixtures.at(16, 30), 0)).contains(QueueRefusal.OUTSIDE_ISSUING_HOURS);
    }

    @Test
    void theDailyLimitIsRefusedOnceReachedAndAServiceWithoutLimitNeverIs() {
        assertThat(rules.refusal(limited, QueueFixtures.at(9, 0), 50)).contains(QueueRefusal.DAILY_LIMIT_REACHED);
        QueueService unlimited = QueueFixtures.service(QueueFixtures.B, OptionalInt.empty());
        assertThat(rules.refusal(unlimited, QueueFixtures.at(9, 0), 100_000)).isEmpty();
    }

    @Test
    void everyRefusalHasItsOwnMessageKey() {
        assertThat(QueueRefusal.values()).extracting(QueueRefusal::messageKey).doesNotHaveDuplicates()
                .allMatch(key -> key.startsWith("queue.refused."));
    }
}
