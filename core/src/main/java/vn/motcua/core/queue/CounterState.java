package vn.motcua.core.queue;

/**
 * What a counter remembers between calls.
 *
 * @param normalsSincePriority normal tickets called by call-next since its last priority ticket (interleaving)
 */
public record CounterState(int counter, boolean paused, int normalsSincePriority) {
    public CounterState {
        if (counter < 1 || normalsSincePriority < 0) {
            throw new IllegalArgumentException("counter >= 1 and normalsSincePriority >= 0");
        }
    }

    public static CounterState initial(int counter) {
        return new CounterState(counter, false, 0);
    }

    public CounterState paused(boolean value) {
        return new CounterState(counter, value, normalsSincePriority);
    }

    public CounterState afterCalling(int normals) {
        return new CounterState(counter, paused, normals);
    }
}
