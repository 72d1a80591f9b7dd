package vn.motcua.core.calendar;

/**
 * A date of the Vietnamese lunar calendar (âm lịch).
 *
 * @param year  the lunar year, numbered like the solar year in which its first month starts
 * @param month 1..12; a leap month carries the number of the month it follows
 * @param day   1..30
 * @param leap  whether {@code month} is the leap month (tháng nhuận) of the year
 */
public record LunarDate(int year, int month, int day, boolean leap) {

    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("lunar month must be 1..12, was " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("lunar day must be 1..30, was " + day);
        }
    }

    @Override
    public String toString() {
        return day + "/" + month + (leap ? " nhuận" : "") + "/" + year + " ÂL";
    }
}
