package vn.motcua.core.calendar;

/** What an entry of the working calendar does to its day. */
public enum DayKind {
    /** A public holiday (ngày nghỉ lễ, Tết): no work. */
    HOLIDAY,
    /** A day off in compensation for a holiday on a weekly rest day, or swapped with a make-up day. */
    COMPENSATORY_OFF,
    /** A weekly rest day worked in exchange for a swapped day off (ngày làm bù). */
    MAKEUP_WORKDAY;

    public boolean isDayOff() {
        return this != MAKEUP_WORKDAY;
    }
}
