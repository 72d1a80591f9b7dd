-- The statistics read model of the centre: the figures of closed days (before today), computed once by whichever
-- supervisor's desk asks first and read by every other desk since, instead of each desk adding up the whole period's
-- tickets, events and ratings again (CentreStatistics). No trigger keeps them: that would add a write to every
-- call. A row is a copy, valid while
--   * no event of the log above statistics_mark names its day (the desk that asks next deletes the rows of the days
--     the events since name, then moves the mark), and
--   * its day's counts of tickets and of ratings, reasons and the reasons' hash are still those stored with it
--     (ratings may only be added and given a reason, and a ticket dated in the past by a desk whose clock is behind
--     changes the count).
-- So deleting any row, or all, is always safe: the next question computes the day again.
CREATE TABLE statistics_day (
    day            date NOT NULL,
    counts_flagged boolean NOT NULL,
    codec          integer NOT NULL,
    figures        bytea NOT NULL,
    tickets        bigint NOT NULL,
    ratings        bigint NOT NULL,
    reasons        bigint NOT NULL,
    reason_hash    bigint NOT NULL,
    computed_at    timestamp NOT NULL,
    PRIMARY KEY (day, counts_flagged)
);

-- The settled line of the event log (EventHorizon) the rows of statistics_day are valid at.
CREATE TABLE statistics_mark (
    id         integer PRIMARY KEY CHECK (id = 1),
    event_mark bigint NOT NULL CHECK (event_mark >= 0)
);
INSERT INTO statistics_mark (id, event_mark) VALUES (1, 0);

GRANT SELECT, INSERT, UPDATE, DELETE ON statistics_day TO motcua_desk;
GRANT SELECT, UPDATE ON statistics_mark TO motcua_desk;
