-- Supervisor statistics (docs/benchmarks.md, "Dashboard statistics"): two indexes for the period reads, and the
-- figures of closed days, kept so that a month or a quarter is a sum of stored days instead of a re-read of
-- every ticket, service, rating and dossier.

-- Ratings of a period are read by time (SqliteStatistics.RATINGS); without this every dashboard read scans the
-- whole table (~100k rows a year).
CREATE INDEX rating_pressed_at ON rating (pressed_at);

-- Dossiers that ended, were refused or were returned in a period but received earlier (SqliteStatistics.DOSSIERS).
-- Partial: only the three statuses the statistics look up by time, about a third of the history rows.
CREATE INDEX dossier_status_change_by_time ON dossier_status_change (at, dossier_code)
    WHERE to_status IN ('PROCESSED', 'NOT_RECEIVED', 'RESULT_RETURNED');

-- One row per closed day (before today) and rating rule: OfficeFigures of that day, encoded by FiguresCodec.
-- A row is only ever a copy: the triggers below delete it in the same transaction as any change to what it was
-- computed from, and the next read computes it again. So it can never be stale, and deleting the table's rows
-- is always safe.
CREATE TABLE statistics_day (
    day            TEXT NOT NULL,
    counts_flagged INTEGER NOT NULL CHECK (counts_flagged IN (0, 1)),
    codec          INTEGER NOT NULL,
    figures        BLOB NOT NULL,
    generation     INTEGER NOT NULL,  -- statistics_generation when computed: a recomputed day has a higher one
    computed_at    TEXT NOT NULL,
    PRIMARY KEY (day, counts_flagged)
) STRICT, WITHOUT ROWID;

-- Goes up with every change the figures depend on (the triggers below), so a day computed from one snapshot is
-- only stored if nothing changed meanwhile (SqliteStatistics.store).
CREATE TABLE statistics_generation (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
) STRICT;
INSERT INTO statistics_generation (id, value) VALUES (1, 0);

-- Tickets and their events count on the ticket's day.
CREATE TRIGGER statistics_day_ticket_insert AFTER INSERT ON ticket
BEGIN
    DELETE FROM statistics_day WHERE day = NEW.day;
    UPDATE statistics_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER statistics_day_ticket_update AFTER UPDATE ON ticket
BEGIN
    DELETE FROM statistics_day WHERE day IN (OLD.day, NEW.day);
    UPDATE statistics_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER statistics_day_ticket_event AFTER INSERT ON ticket_event
BEGIN
    DELETE FROM statistics_day WHERE day = (SELECT day FROM ticket WHERE id = NEW.ticket_id);
    UPDATE statistics_generation SET value = value + 1 WHERE id = 1;
END;

-- Ratings count on the day they were pressed.
CREATE TRIGGER statistics_day_rating_insert AFTER INSERT ON rating
BEGIN
    DELETE FROM statistics_day WHERE day = substr(NEW.pressed_at, 1, 10);
    UPDATE statistics_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER statistics_day_rating_update AFTER UPDATE ON rating
BEGIN
    DELETE FROM statistics_day WHERE day IN (substr(OLD.pressed_at, 1, 10), substr(NEW.pressed_at, 1, 10));
    UPDATE statistics_generation SET value = value + 1 WHERE id = 1;
END;

-- A dossier counts on the day it was received and on the days of its status changes; any change to it (a save
-- rewrites its components too, and always writes the dossier row) clears all of those days.
CREATE TRIGGER statistics_day_dossier_insert AFTER INSERT ON dossier
BEGIN
    DELETE FROM statistics_day WHERE day = substr(NEW.received_at, 1, 10)
        OR day IN (SELECT substr(at, 1, 10) FROM dossier_status_change WHERE dossier_code = NEW.code);
    UPDATE statistics_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER statistics_day_dossier_update AFTER UPDATE ON dossier
BEGIN
    DELETE FROM statistics_day WHERE day IN (substr(OLD.received_at, 1, 10), substr(NEW.received_at, 1, 10))
        OR day IN (SELECT substr(at, 1, 10) FROM dossier_status_change WHERE dossier_code = NEW.code);
    UPDATE statistics_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER statistics_day_dossier_delete BEFORE DELETE ON dossier
BEGIN
    DELETE FROM statistics_day WHERE day = substr(OLD.received_at, 1, 10)
        OR day IN (SELECT substr(at, 1, 10) FROM dossier_status_change WHERE dossier_code = OLD.code);
    UPDATE statistics_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER statistics_day_dossier_status AFTER INSERT ON dossier_status_change
BEGIN
    DELETE FROM statistics_day WHERE day = substr(NEW.at, 1, 10)
        OR day IN (SELECT substr(received_at, 1, 10) FROM dossier WHERE code = NEW.dossier_code)
        OR day IN (SELECT substr(at, 1, 10) FROM dossier_status_change WHERE dossier_code = NEW.dossier_code);
    UPDATE statistics_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER statistics_day_dossier_due AFTER INSERT ON dossier_due_change
BEGIN
    DELETE FROM statistics_day
        WHERE day IN (SELECT substr(at, 1, 10) FROM dossier_status_change WHERE dossier_code = NEW.dossier_code);
    UPDATE statistics_generation SET value = value + 1 WHERE id = 1;
END;
CREATE TRIGGER statistics_day_dossier_ticket AFTER INSERT ON dossier_ticket
BEGIN
    DELETE FROM statistics_day WHERE day IN (SELECT substr(received_at, 1, 10) FROM dossier WHERE code = NEW.dossier_code)
        OR day IN (SELECT substr(at, 1, 10) FROM dossier_status_change WHERE dossier_code = NEW.dossier_code);
    UPDATE statistics_generation SET value = value + 1 WHERE id = 1;
END;
