package vn.motcua.core.calendar;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.JulianFields;
import java.util.OptionalInt;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically.
 *
 * <p>Clean-room implementation of the method published by Hồ Ngọc Đức ("Thuật toán tính âm lịch",
 * informatik.uni-leipzig.de/~duc/amlich/calrules.html), written from its description:
 * <ul>
 *   <li>a lunar month starts on the local civil day that contains a new moon (điểm Sóc); new moons
 *       come from the series in Jean Meeus, <i>Astronomical Formulae for Calculators</i>
 *       (mean lunation plus the periodic terms in the Sun's and Moon's anomalies and the Moon's
 *       argument of latitude, corrected by ΔT);</li>
 *   <li>the winter solstice always falls in month 11;</li>
 *   <li>a year from one month 11 to the next with 13 new moons has a leap month: the first month
 *       after the solstice that contains no major solar term (trung khí, a multiple of 30° of the
 *       Sun's longitude). It takes the number of the month before it. The Sun's longitude is the
 *       low-accuracy formula of Meeus, <i>Astronomical Algorithms</i> (1998), ch. 25.</li>
 * </ul>
 *
 * <p><b>Why the time zone matters.</b> Which civil day holds a new moon or a solar term depends on
 * the meridian. Vietnam has reckoned its calendar on UTC+7 (105° E) since 1968; China uses UTC+8.
 * So the two calendars occasionally differ by a day or a month: Tết 2030 is 2030-02-02 in Vietnam
 * but 2030-02-03 in China. Library Chinese calendars (ICU4J and the like) are therefore wrong for
 * Vietnam in some years; use {@link #vietnam()}.
 *
 * <p>Dates are proleptic Gregorian ({@link LocalDate}). The simplified series are accurate enough
 * for civil use over several centuries around the present; historical Vietnamese calendars before
 * 1968 were reckoned on UTC+8 and need {@code new LunarCalendar(ZoneOffset.ofHours(8))}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class LunarCalendar {

    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian date of the new moon of 1900-01-01 (k = 0 in the series below). */
    private static final double NEW_MOON_EPOCH = 2415021.076998695;
    private static final long JULIAN_DAY_1900_01_01 = 2415021;
    /** Sun longitude sector 9 is 270°..300°: the winter solstice has passed. */
    private static final int WINTER_SOLSTICE_SECTOR = 9;

    private final ZoneOffset offset;
    private final double offsetInDays;

    public LunarCalendar(ZoneOffset offset) {
        this.offset = offset;
        this.offsetInDays = offset.getTotalSeconds() / 86_400.0;
    }

    /** The official Vietnamese calendar: UTC+7. */
    public static LunarCalendar vietnam() {
        return new LunarCalendar(ZoneOffset.ofHours(7));
    }

    public ZoneOffset offset() {
        return offset;
    }

    public LunarDate toLunar(LocalDate date) {
        long day = julianDay(date);
        long monthStart = startOfMonthContaining(day);
        int frameYear = monthStart < month11Start(date.getYear()) ? date.getYear() : date.getYear() + 1;
        SolsticeYear frame = solsticeYear(frameYear);
        int index = frame.indexOf(monthStart);
        int month = frame.monthNumberAt(index);
        int lunarYear = month >= 11 ? frameYear - 1 : frameYear;
        return new LunarDate(lunarYear, month, (int) (day - monthStart + 1), frame.isLeapAt(index));
    }

    /**
     * @throws IllegalArgumentException if the date does not exist: day 30 of a 29-day month, or a
     *                                  leap month the year does not have
     */
    public LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
        LunarDate date = new LunarDate(lunarYear, lunarMonth, lunarDay, leapMonth);
        long monthStart = startOfMonth(date);
        long length = lengthOfMonthStartingAt(monthStart);
        if (lunarDay > length) {
            throw new IllegalArgumentException(date + " does not exist: the month has " + length + " days");
        }
        return fromJulianDay(monthStart + lunarDay - 1);
    }

    public LocalDate toSolar(LunarDate date) {
        return toSolar(date.year(), date.month(), date.day(), date.leap());
    }

    /** 29 or 30. */
    public int lengthOfMonth(int lunarYear, int lunarMonth, boolean leapMonth) {
        return (int) lengthOfMonthStartingAt(startOfMonth(new LunarDate(lunarYear, lunarMonth, 1, leapMonth)));
    }

    /** The number of the leap month of a lunar year, if it has one. */
    public OptionalInt leapMonth(int lunarYear) {
        SolsticeYear early = solsticeYear(lunarYear);
        if (early.hasLeapMonth() && early.leapMonthNumber() < 11) {
            return OptionalInt.of(early.leapMonthNumber());
        }
        SolsticeYear late = solsticeYear(lunarYear + 1);
        if (late.hasLeapMonth() && late.leapMonthNumber() >= 11) {
            return OptionalInt.of(late.leapMonthNumber());
        }
        return OptionalInt.empty();
    }

    /** Mùng 1 Tết: lunar 1/1 of the given lunar year. */
    public LocalDate newYear(int lunarYear) {
        return toSolar(lunarYear, 1, 1, false);
    }

    private long startOfMonth(LunarDate date) {
        int frameYear = date.month() >= 11 ? date.year() + 1 : date.year();
        SolsticeYear frame = solsticeYear(frameYear);
        return newMoonDay(frame.firstLunation() + frame.indexOf(date.month(), date.leap()));
    }

    private long lengthOfMonthStartingAt(long monthStart) {
        return startOfMonthContaining(monthStart + 31) - monthStart;
    }

    private long startOfMonthContaining(long day) {
        long k = (long) Math.floor((day - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        long next = newMoonDay(k + 1);
        return next <= day ? next : newMoonDay(k);
    }

    /**
     * The months from the month 11 of lunar year {@code solarYear - 1} (which holds the winter solstice
     * of solar year {@code solarYear - 1}) up to, excluding, the next month 11.
     */
    private SolsticeYear solsticeYear(int solarYear) {
        long start = month11Start(solarYear - 1);
        long end = month11Start(solarYear);
        long firstLunation = Math.round((start - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        int leapIndex = end - start > 365 ? leapMonthIndex(firstLunation) : SolsticeYear.NO_LEAP;
        return new SolsticeYear(start, firstLunation, leapIndex);
    }

    /** The first day of the lunar month that contains the winter solstice of a solar year. */
    private long month11Start(int solarYear) {
        long daysSince1900 = julianDay(LocalDate.of(solarYear, 12, 31)) - JULIAN_DAY_1900_01_01;
        long k = (long) Math.floor(daysSince1900 / SYNODIC_MONTH);
        long candidate = newMoonDay(k);
        return sunSectorAtStartOf(candidate) >= WINTER_SOLSTICE_SECTOR ? newMoonDay(k - 1) : candidate;
    }

    /**
     * Position (counted from month 11 = 0) of the first month without a major solar term: the Sun is
     * in the same 30° sector when it starts as when the next month starts.
     */
    private int leapMonthIndex(long month11Lunation) {
        int previous = sunSectorAtStartOf(newMoonDay(month11Lunation + 1));
        for (int index = 2; index <= 13; index++) {
            int current = sunSectorAtStartOf(newMoonDay(month11Lunation + index));
            if (current == previous) {
                return index - 1;
            }
            previous = current;
        }
        throw new IllegalStateException("no month without a major solar term after lunation " + month11Lunation);
    }

    /** The local civil day (as a Julian day number) that contains new moon number k. */
    private long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + offsetInDays);
    }

    /** 0..11: the Sun's longitude in 30° steps at local midnight starting the given day. */
    private int sunSectorAtStartOf(long julianDay) {
        return (int) Math.floor(sunLongitude(julianDay - 0.5 - offsetInDays) / 30.0);
    }

    /** Julian date (UT) of new moon number k after the new moon of January 1900 (Meeus). */
    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double meanPhase = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * sinDeg(166.56 + 132.87 * t - 0.009173 * t2);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double moonLatitudeArgument = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double correction = periodicTerms(t, sunAnomaly, moonAnomaly, moonLatitudeArgument);
        return meanPhase + correction - deltaT(t);
    }

    private static double periodicTerms(double t, double m, double mPrime, double f) {
        return (0.1734 - 0.000393 * t) * sinDeg(m)
                + 0.0021 * sinDeg(2 * m)
                - 0.4068 * sinDeg(mPrime)
                + 0.0161 * sinDeg(2 * mPrime)
                - 0.0004 * sinDeg(3 * mPrime)
                + 0.0104 * sinDeg(2 * f)
                - 0.0051 * sinDeg(m + mPrime)
                - 0.0074 * sinDeg(m - mPrime)
                + 0.0004 * sinDeg(2 * f + m)
                - 0.0004 * sinDeg(2 * f - m)
                - 0.0006 * sinDeg(2 * f + mPrime)
                + 0.0010 * sinDeg(2 * f - mPrime)
                + 0.0005 * sinDeg(2 * mPrime + m);
    }

    /** ΔT (TT − UT) in days; t in Julian centuries since 1900. */
    private static double deltaT(double t) {
        double t2 = t * t;
        double t3 = t2 * t;
        if (t < -11) {
            return 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        }
        return -0.000278 + 0.000265 * t + 0.000262 * t2;
    }

    /** True geometric longitude of the Sun in degrees, 0..360 (Meeus, low accuracy; no nutation or aberration). */
    private static double sunLongitude(double julianDate) {
        double t = (julianDate - 2451545.0) / 36525;
        double t2 = t * t;
        double meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double equationOfCentre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sinDeg(meanAnomaly)
                + (0.019993 - 0.000101 * t) * sinDeg(2 * meanAnomaly)
                + 0.000290 * sinDeg(3 * meanAnomaly);
        double longitude = (meanLongitude + equationOfCentre) % 360;
        return longitude < 0 ? longitude + 360 : longitude;
    }

    private static double sinDeg(double degrees) {
        return Math.sin(Math.toRadians(degrees));
    }

    private static long julianDay(LocalDate date) {
        return date.getLong(JulianFields.JULIAN_DAY);
    }

    private static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.EPOCH.with(JulianFields.JULIAN_DAY, julianDay);
    }

    /**
     * The 12 or 13 lunar months from one month 11 to the next, numbered by index from 0 (month 11).
     *
     * @param leapIndex index of the leap month, or {@link #NO_LEAP}
     */
    private record SolsticeYear(long month11Start, long firstLunation, int leapIndex) {

        static final int NO_LEAP = -1;

        boolean hasLeapMonth() {
            return leapIndex != NO_LEAP;
        }

        int leapMonthNumber() {
            return monthNumberAt(leapIndex);
        }

        int indexOf(long monthStart) {
            return (int) Math.round((monthStart - month11Start) / SYNODIC_MONTH);
        }

        int indexOf(int month, boolean leap) {
            int plain = (month + 1) % 12;
            if (leap && (!hasLeapMonth() || leapMonthNumber() != month)) {
                throw new IllegalArgumentException("month " + month + " is not a leap month in this lunar year");
            }
            return hasLeapMonth() && (leap || plain >= leapIndex) ? plain + 1 : plain;
        }

        int monthNumberAt(int index) {
            int plain = hasLeapMonth() && index >= leapIndex ? index - 1 : index;
            return (plain + 10) % 12 + 1;
        }

        boolean isLeapAt(int index) {
            return index == leapIndex;
        }
    }
}
