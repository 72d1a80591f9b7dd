package vn.motcua.devices.forms;

import java.util.List;
import java.util.stream.IntStream;

/** Which copies (liên) of a form to produce: all of them, or one, e.g. a reprint of "Liên 2: Giao khách hàng". */
public final class Copies {
    private static final Copies ALL = new Copies(0);

    private final int only;

    private Copies(int only) {
        this.only = only;
    }

    public static Copies all() {
        return ALL;
    }

    /** @param number from 1 */
    public static Copies only(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Copies are numbered from 1");
        }
        return new Copies(number);
    }

    /** The 1-based copy numbers out of {@code available}. */
    List<Integer> of(int available) {
        if (only > available) {
            throw new IllegalArgumentException("This form has " + available + " copies, not " + only);
        }
        return only == 0 ? IntStream.rangeClosed(1, available).boxed().toList() : List.of(only);
    }

    @Override
    public String toString() {
        return only == 0 ? "all copies" : "copy " + only;
    }
}
