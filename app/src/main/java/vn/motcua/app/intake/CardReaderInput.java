package vn.motcua.app.intake;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import vn.motcua.app.task.TaskExecutor;
import vn.motcua.core.citizen.QrCodeReader;

/**
 * Routes what the counter's QR reader scans to the screen that wants it (the open intake), on the UI thread.
 * Scans arriving while no screen listens are dropped: a code scanned at the wrong moment must not land in the
 * next citizen's dossier.
 */
public final class CardReaderInput implements QrCodeReader.Listener {
    private final TaskExecutor executor;
    private volatile Consumer<String> scans;
    private volatile Consumer<String> problems;

    public CardReaderInput(TaskExecutor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    /** While a screen is open: its handlers for scanned text and for reader problems (message keys). */
    public void attach(Consumer<String> onScan, Consumer<String> onProblem) {
        scans = Objects.requireNonNull(onScan);
        problems = Objects.requireNonNull(onProblem);
    }

    public void detach() {
        scans = null;
        problems = null;
    }

    @Override
    public void scanned(String text) {
        Consumer<String> target = scans;
        if (target != null) {
            executor.schedule(Duration.ZERO, () -> target.accept(text));
        }
    }

    @Override
    public void problem(String messageKey) {
        Consumer<String> target = problems;
        if (target != null) {
            executor.schedule(Duration.ZERO, () -> target.accept(messageKey));
        }
    }
}
