package vn.motcua.app.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.app.TestDesk;
import vn.motcua.core.queue.CounterDesk;
import vn.motcua.core.queue.PriorityGroup;
import vn.motcua.core.queue.QueueDesk;
import vn.motcua.store.demo.DemoQueue;

class DisplayBoardViewModelTest {
    @TempDir
    Path directory;

    private TestDesk desk;
    private QueueDesk queue;
    private DisplayBoardViewModel board;

    @BeforeEach
    void open() {
        desk = TestDesk.open(directory);
        queue = desk.services.queue();
        desk.executor.holdScheduled();
        board = new DisplayBoardViewModel(queue, desk.executor, desk.messages(), desk.clock);
        board.start();
    }

    @AfterEach
    void close() {
        board.dispose();
        desk.close();
    }

    private void runHandedOver() {
        desk.executor.runScheduled();
    }

    @Test
    void highlightsEachNewCallAndListsCountersAndRecentCalls() {
        queue.issue(DemoQueue.SCHOOL_TRANSFER, PriorityGroup.NORMAL);
        queue.issue(DemoQueue.CERTIFICATE_COPIES, PriorityGroup.NORMAL);
        CounterDesk counter3 = queue.counter(3, "lan.nt");
        CounterDesk counter1 = queue.counter(1, "an.nv");

        counter3.callNext();
        runHandedOver();
        assertThat(board.latestNumberProperty().get()).isEqualTo("B001");
        assertThat(board.latestCounterProperty().get()).isEqualTo("Quầy 3");
        assertThat(board.highlightedProperty().get()).isTrue();

        desk.clock.advance(Duration.ofSeconds(20));
        counter1.callNext();
        counter1.pause();
        runHandedOver();
        assertThat(board.latestNumberProperty().get()).isEqualTo("A001");
        assertThat(board.lastCalls()).extracting(BoardLine::number, BoardLine::counter, BoardLine::time)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A001", "Quầy 1", "08:00"),
                        org.assertj.core.groups.Tuple.tuple("B001", "Quầy 3", "08:00"));
        assertThat(board.counters()).extracting(BoardLine::counter, BoardLine::number).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Quầy 1", "A001"),
                org.assertj.core.groups.Tuple.tuple("Quầy 2", "—"),
                org.assertj.core.groups.Tuple.tuple("Quầy 3", "B001"),
                org.assertj.core.groups.Tuple.tuple("Quầy 4", "—"));
    }

    @Test
    void theHighlightEndsAfterItsTime() {
        queue.issue(DemoQueue.SCHOOL_TRANSFER, PriorityGroup.NORMAL);
        queue.counter(3, "lan.nt").callNext();
        runHandedOver();
        assertThat(board.highlightedProperty().get()).isTrue();

        runHandedOver();

        assertThat(board.highlightedProperty().get()).isFalse();
    }

    @Test
    void anOldCallShownAtStartIsNotHighlighted() {
        queue.issue(DemoQueue.SCHOOL_TRANSFER, PriorityGroup.NORMAL);
        queue.counter(3, "lan.nt").callNext();
        desk.clock.advance(Duration.ofMinutes(5));

        DisplayBoardViewModel later = new DisplayBoardViewModel(queue, desk.executor, desk.messages(), desk.clock);
        later.start();

        assertThat(later.latestNumberProperty().get()).isEqualTo("B001");
        assertThat(later.highlightedProperty().get()).isFalse();
        later.dispose();
    }
}
