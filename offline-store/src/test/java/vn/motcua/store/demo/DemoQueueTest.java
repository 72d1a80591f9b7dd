package vn.motcua.store.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.core.calendar.WorkCalendar;
import vn.motcua.core.dossier.SequenceBlock;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueConfiguration;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.core.queue.QueueService;
import vn.motcua.store.OfflineStore;

class DemoQueueTest {
    @TempDir
    Path dir;

    @Test
    void theDemoQueueIsLoadedOnlyIntoAnEmptyStoreAndSaysItIsDemo() {
        try (OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE)) {
            assertThat(store.queue().configuration()).isEqualTo(QueueConfiguration.unconfigured());

            assertThat(store.loadDemoQueueIfEmpty()).isTrue();
            assertThat(store.loadDemoQueueIfEmpty()).isFalse();

            QueueConfiguration configuration = store.queue().configuration();
            assertThat(configuration).isEqualTo(DemoQueue.configuration());
            assertThat(configuration.office().name()).contains("DEMO");
            assertThat(configuration.services()).extracting(QueueService::prefix).containsExactly("A", "B", "C");
            assertThat(configuration.services()).allMatch(s -> s.id().value().startsWith(DemoCatalogue.CODE_PREFIX));
            assertThat(configuration.counters()).hasSize(4).allMatch(counter -> counter.services().size() == 2);
        }
    }

    @Test
    void aFreshDeskWithTheDemoQueueIssuesAndCalls() {
        try (OfflineStore store = OfflineStore.open(dir, SequenceBlock.WHOLE_RANGE)) {
            store.loadDemoQueueIfEmpty();
            Clock wednesdayMorning = Clock.fixed(LocalDateTime.of(2025, 11, 5, 8, 0).atZone(WorkCalendar.ZONE)
                    .toInstant(), WorkCalendar.ZONE);
            QueueDesk desk = new QueueDesk(store.queue(), WorkCalendar.vietnam(), wednesdayMorning);

            desk.issue(DemoQueue.SCHOOL_TRANSFER, PriorityGroup.NORMAL).orElseThrow();

            assertThat(desk.counter(3, "demo").callNext().orElseThrow().number().text()).isEqualTo("B001");
        }
    }
}
