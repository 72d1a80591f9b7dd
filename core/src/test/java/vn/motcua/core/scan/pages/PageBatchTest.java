package vn.motcua.core.scan.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import vn.motcua.core.scan.ScanSettings.ColorMode;

class PageBatchTest {

    private static PageBatch batchOf(int count) {
        var batch = new PageBatch();
        for (int i = 1; i <= count; i++) {
            batch.add(new RawPageRef("p" + i, 2480, 3508, 300, ColorMode.GRAY));
        }
        return batch;
    }

    private static List<String> order(PageBatch batch) {
        return batch.pages().stream().map(ScannedPage::id).toList();
    }

    @Test
    void keepsPagesInScanOrder() {
        var batch = batchOf(3);
        assertThat(order(batch)).containsExactly("p1", "p2", "p3");
        assertThat(batch.page("p2").steps()).isEmpty();
        assertThat(batch.page("p2").analysis()).isEmpty();
    }

    @Test
    void refusesTheSamePageTwice() {
        var batch = batchOf(1);
        assertThatThrownBy(() -> batch.add(new RawPageRef("p1", 10, 10, 300, ColorMode.GRAY)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void movesASelectionKeepingItsOrder() {
        var batch = batchOf(5);
        batch.move(List.of("p4", "p2"), 0);
        assertThat(order(batch)).containsExactly("p2", "p4", "p1", "p3", "p5");
        batch.move(List.of("p2"), 99);
        assertThat(order(batch)).containsExactly("p4", "p1", "p3", "p5", "p2");
        batch.move(List.of("p5"), 1);
        assertThat(order(batch)).containsExactly("p4", "p5", "p1", "p3", "p2");
    }

    @Test
    void interleavesFrontsAndBacks() {
        var batch = batchOf(6);
        batch.interleave(false);
        assertThat(order(batch)).containsExactly("p1", "p4", "p2", "p5", "p3", "p6");
    }

    @Test
    void interleavesABackStackFedUpsideDown() {
        var batch = batchOf(6);
        batch.interleave(true);
        assertThat(order(batch)).containsExactly("p1", "p6", "p2", "p5", "p3", "p4");
    }

    @Test
    void interleavesAnOddCountWithTheExtraFrontLast() {
        var batch = batchOf(5);
        batch.interleave(false);
        assertThat(order(batch)).containsExactly("p1", "p4", "p2", "p5", "p3");
    }

    @Test
    void deinterleaveUndoesInterleave() {
        for (boolean reversed : new boolean[] {false, true}) {
            for (int n = 0; n <= 7; n++) {
                var batch = batchOf(n);
                List<String> before = order(batch);
                batch.interleave(reversed);
                batch.deinterleave(reversed);
                assertThat(order(batch)).as("n=%d reversed=%s", n, reversed).isEqualTo(before);
            }
        }
    }

    @Test
    void deinterleavesOddAndEvenPages() {
        var batch = batchOf(5);
        batch.deinterleave(false);
        assertThat(order(batch)).containsExactly("p1", "p3", "p5", "p2", "p4");
    }

    @Test
    void reverses() {
        var batch = batchOf(4);
        batch.reverse();
        assertThat(order(batch)).containsExactly("p4", "p3", "p2", "p1");
    }

    @Test
    void deletesAndUndoBringsThePagesBack() {
        var batch = batchOf(4);
        batch.delete(List.of("p2", "p3"));
        assertThat(order(batch)).containsExactly("p1", "p4");
        assertThat(batch.undo()).isTrue();
        assertThat(order(batch)).containsExactly("p1", "p2", "p3", "p4");
        assertThat(batch.redo()).isTrue();
        assertThat(order(batch)).containsExactly("p1", "p4");
    }

    @Test
    void recordsStepsWithoutTouchingTheRawPage() {
        var batch = batchOf(2);
        RawPageRef raw = batch.page("p1").raw();
        batch.rotate(List.of("p1"), 1);
        batch.rotate(List.of("p1"), -3);
        batch.deskew("p1", 1.5);
        batch.crop("p1", new PageStep.Crop(10, 20, 2000, 3000));
        ScannedPage page = batch.page("p1");
        assertThat(page.raw()).isEqualTo(raw);
        assertThat(page.steps()).containsExactly(new PageStep.Rotate(1), new PageStep.Rotate(1),
                new PageStep.Deskew(1.5), new PageStep.Crop(10, 20, 2000, 3000));
        assertThat(page.transform()).isEqualTo(
                new PageTransform(1.5, java.util.Optional.of(new PageStep.Crop(10, 20, 2000, 3000)), 2));
        assertThat(batch.page("p2").steps()).isEmpty();
    }

    @Test
    void refusesACropOutsideTheRawPage() {
        var batch = batchOf(1);
        assertThatThrownBy(() -> batch.crop("p1", new PageStep.Crop(100, 0, 2480, 10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(batch.canUndo()).isTrue(); // only the add
        batch.undo();
        assertThat(batch.size()).isZero();
    }

    @Test
    void aFullTurnIsNoEdit() {
        var batch = batchOf(1);
        batch.undo();
        batch.redo();
        batch.rotate(List.of("p1"), 4);
        assertThat(batch.page("p1").steps()).isEmpty();
        batch.undo();
        assertThat(batch.size()).as("the undo took back the add, not a no-op rotation").isZero();
    }

    @Test
    void revertDropsEveryStepAndIsUndoable() {
        var batch = batchOf(1);
        batch.rotate(List.of("p1"), 1);
        batch.deskew("p1", -2);
        batch.revert(List.of("p1"));
        assertThat(batch.page("p1").transform().isIdentity()).isTrue();
        batch.undo();
        assertThat(batch.page("p1").steps()).hasSize(2);
    }

    @Test
    void undoAndRedoWalkTheWholeHistory() {
        var batch = batchOf(3);
        batch.reverse();
        batch.move(List.of("p1"), 0);
        batch.rotate(List.of("p2"), 1);
        batch.delete(List.of("p3"));
        var states = new java.util.ArrayList<List<ScannedPage>>();
        states.add(batch.pages());
        while (batch.canUndo()) {
            batch.undo();
            states.add(batch.pages());
        }
        assertThat(states).hasSize(8); // 3 adds + 4 edits + the start
        assertThat(batch.pages()).isEmpty();
        assertThat(batch.undo()).isFalse();
        for (int i = states.size() - 2; i >= 0; i--) {
            assertThat(batch.redo()).isTrue();
            assertThat(batch.pages()).isEqualTo(states.get(i));
        }
        assertThat(batch.redo()).isFalse();
    }

    @Test
    void aNewEditClearsRedo() {
        var batch = batchOf(3);
        batch.reverse();
        batch.undo();
        assertThat(batch.canRedo()).isTrue();
        batch.delete(List.of("p1"));
        assertThat(batch.canRedo()).isFalse();
        assertThat(order(batch)).containsExactly("p2", "p3");
    }

    @Test
    void analysisSurvivesUndoAndFlagsBlankPagesWithoutDeletingThem() {
        var batch = batchOf(3);
        batch.reverse();
        batch.recordAnalysis("p2", new PageAnalysis(true, 0.0001, 0, 0.0));
        batch.recordAnalysis("p3", new PageAnalysis(false, 0.05, 400, 1.2));
        batch.undo();
        assertThat(batch.blankPageIds()).containsExactly("p2");
        assertThat(batch.size()).isEqualTo(3);
        assertThat(batch.page("p3").analysis()).map(PageAnalysis::skewDegrees).contains(1.2);
    }

    @Test
    void autoDeskewUsesTheDetectedSkewOfNoticeablySkewedPages() {
        var batch = batchOf(3);
        batch.recordAnalysis("p1", new PageAnalysis(false, 0.05, 300, 1.7));
        batch.recordAnalysis("p2", new PageAnalysis(false, 0.05, 300, 0.01));
        batch.autoDeskew(List.of("p1", "p2", "p3"));
        assertThat(batch.page("p1").transform().deskewDegrees()).isEqualTo(1.7);
        assertThat(batch.page("p2").steps()).isEmpty();
        assertThat(batch.page("p3").steps()).isEmpty();
        batch.undo();
        assertThat(batch.page("p1").steps()).isEmpty();
    }

    @Test
    void assignsPagesToDossierComponents() {
        var batch = batchOf(4);
        batch.assign(List.of("p1", "p3"), "000.00.00.G09-KQ002269");
        batch.assign(List.of("p2"), "TP2");
        batch.reverse();
        assertThat(batch.pagesOf("000.00.00.G09-KQ002269")).extracting(ScannedPage::id).containsExactly("p3", "p1");
        assertThat(batch.pagesOf("TP2")).extracting(ScannedPage::id).containsExactly("p2");
        batch.assign(List.of("p2"), null);
        assertThat(batch.pagesOf("TP2")).isEmpty();
        batch.undo();
        assertThat(batch.pagesOf("TP2")).hasSize(1);
    }

    @Test
    void unknownPagesAreRefusedWithoutAnEdit() {
        var batch = batchOf(2);
        assertThatThrownBy(() -> batch.delete(List.of("p1", "nope"))).isInstanceOf(NoSuchElementException.class);
        assertThat(batch.size()).isEqualTo(2);
    }

    @Test
    void remembersEveryRawPageForCleanUp() {
        var batch = batchOf(2);
        batch.delete(List.of("p1"));
        assertThat(batch.rawPages()).extracting(RawPageRef::id).containsExactlyInAnyOrder("p1", "p2");
    }
}
