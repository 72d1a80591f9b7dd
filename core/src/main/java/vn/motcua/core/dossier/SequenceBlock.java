package vn.motcua.core.dossier;

/**
 * The range of daily sequence numbers one counter may use. Counters of one agency that work offline
 * get disjoint blocks (configured, or later reserved from the provincial system), so their codes can
 * never collide. The default block is the whole range.
 */
public record SequenceBlock(int first, int last) {
    public static final SequenceBlock WHOLE_RANGE = new SequenceBlock(1, 999_999);

    public SequenceBlock {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("Sequence block must satisfy 1 <= first <= last");
        }
    }

    public boolean contains(int n) {
        return n >= first && n <= last;
    }

    public boolean overlaps(SequenceBlock other) {
        return first <= other.last && other.first <= last;
    }

    @Override
    public String toString() {
        return first + ".." + last;
    }
}
