-- Satisfaction ratings (DOMAIN §7): every keypad press, classified, and the ticket event of an accepted one.

-- One row per press, flagged or not: nothing a keypad reports is dropped. flag 'NONE' is the one accepted press of
-- an arming, the only one that counts in scores by default; the others are kept as suspected misuse:
-- 'NOT_ARMED' (outside any armed window: bound to nothing), 'REPEATED' (after the accepted press of the same arming),
-- 'BURST' (several presses within the debounce), 'UNKNOWN_KEY' (a key the scale does not map: level NULL).
-- ticket_id, dossier_code and clerk are those of the arming the press fell in: NULL when not armed; ticket_id is
-- NULL too for a result handed back without a queue ticket (then dossier_code is set). No foreign keys: a rating
-- outlives nothing it points to, and the ticket_event below already ties an accepted rating to its ticket.
-- key_number: the key as the pad numbers it (1 = leftmost); held_ms: how long it was held, 0 when unknown.
-- pressed_at: local office time the host received the press, fixed-width ISO text like every other table.
-- reason: what the citizen chose on the touch screen after an unhappy accepted rating.
CREATE TABLE rating (
    id           INTEGER PRIMARY KEY,
    counter      INTEGER NOT NULL CHECK (counter BETWEEN 1 AND 999),
    keypad       TEXT NOT NULL,
    key_number   INTEGER NOT NULL CHECK (key_number >= 0),
    ticket_id    INTEGER,
    dossier_code TEXT,
    clerk        TEXT,
    level        TEXT CHECK (level IN ('VERY_SATISFIED', 'SATISFIED', 'NEUTRAL', 'UNSATISFIED')),
    flag         TEXT NOT NULL CHECK (flag IN ('NONE', 'NOT_ARMED', 'REPEATED', 'BURST', 'UNKNOWN_KEY')),
    reason       TEXT,
    pressed_at   TEXT NOT NULL,
    held_ms      INTEGER NOT NULL CHECK (held_ms >= 0),
    CHECK ((level IS NULL) = (flag = 'UNKNOWN_KEY')),
    CHECK (flag <> 'NOT_ARMED' OR (ticket_id IS NULL AND dossier_code IS NULL AND clerk IS NULL)),
    CHECK (flag <> 'NONE' OR ((ticket_id IS NOT NULL OR dossier_code IS NOT NULL) AND clerk IS NOT NULL)),
    CHECK (reason IS NULL OR flag = 'NONE')
) STRICT;

-- One accepted rating per service: a ticket is rated once at a counter, across restarts and processes.
CREATE UNIQUE INDEX rating_one_per_service ON rating (ticket_id, counter) WHERE flag = 'NONE' AND ticket_id IS NOT NULL;
-- Per day (pressed_at ranges), per counter and per clerk over time, and a dossier's ratings for the provincial sync.
CREATE INDEX rating_by_time ON rating (pressed_at);
CREATE INDEX rating_by_counter ON rating (counter, pressed_at);
CREATE INDEX rating_by_clerk ON rating (clerk, pressed_at) WHERE clerk IS NOT NULL;
CREATE INDEX rating_by_dossier ON rating (dossier_code) WHERE dossier_code IS NOT NULL;

-- ticket_event gains the kind RATED. SQLite cannot change a CHECK constraint, so the table is rebuilt with the same
-- columns, rows and ids (history order is id order), then its indexes are made again. Nothing references
-- ticket_event, so dropping the old table leaves no dangling foreign key.
CREATE TABLE ticket_event_v9 (
    id             INTEGER PRIMARY KEY,
    ticket_id      INTEGER NOT NULL REFERENCES ticket (id),
    kind           TEXT NOT NULL CHECK (kind IN ('ISSUED', 'CALLED', 'SERVING', 'FINISHED', 'NO_SHOW', 'PARKED',
                                                 'TRANSFERRED', 'RETURNED', 'CANCELLED', 'CLOSED', 'RATED')),
    at             TEXT NOT NULL,
    counter_number INTEGER,
    clerk          TEXT,
    service_id     TEXT NOT NULL,
    note           TEXT NOT NULL
) STRICT;

INSERT INTO ticket_event_v9 (id, ticket_id, kind, at, counter_number, clerk, service_id, note)
SELECT id, ticket_id, kind, at, counter_number, clerk, service_id, note FROM ticket_event ORDER BY id;

DROP TABLE ticket_event;
ALTER TABLE ticket_event_v9 RENAME TO ticket_event;

CREATE INDEX ticket_event_ticket ON ticket_event (ticket_id, id);
CREATE INDEX ticket_event_calls ON ticket_event (id) WHERE kind = 'CALLED';
