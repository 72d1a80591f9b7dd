package vn.motcua.core.calendar;

/** A holiday table file that cannot be read; the message names the source and the line. */
public final class HolidayTableFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int lineNumber;

    public HolidayTableFormatException(String source, int lineNumber, String problem) {
        super(source + " line " + lineNumber + ": " + problem);
        this.source = source;
        this.lineNumber = lineNumber;
    }

    public String source() {
        return source;
    }

    /** 1-based. */
    public int lineNumber() {
        return lineNumber;
    }
}
