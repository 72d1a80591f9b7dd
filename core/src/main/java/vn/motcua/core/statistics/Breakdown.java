package vn.motcua.core.statistics;

/** How figures are split. Each group of a breakdown is named by a {@link GroupKey} value. */
public enum Breakdown {
    /** Everything together; the key value is empty. */
    TOTAL,
    /** Queue service (the one a ticket was issued for), key = service id. */
    SERVICE,
    /** Counter number as text. Tickets count at the counter that first called them, services where served. */
    COUNTER,
    /** Clerk's username, the same way as counters. */
    CLERK,
    /** Hour of the day {@code 00}..{@code 23}: of issue for tickets, of the call for services. */
    HOUR,
    /** Half-hour of the day {@code HH:mm} (staffing advisor): of issue for tickets, of the call for services. */
    SLOT,
    /** Day, ISO {@code yyyy-MM-dd}, for trends. */
    DAY
}
