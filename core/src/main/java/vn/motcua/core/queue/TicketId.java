package vn.motcua.core.queue;

/** The store's identity of a ticket; unlike the printed number it never repeats. */
public record TicketId(long value) {
    public TicketId {
        if (value < 1) {
            throw new IllegalArgumentException("A ticket id is positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
