-- The queue (DOMAIN §6): configuration (office and call policy, services with issuing windows, counters with
-- the services they serve), counter states, tickets with every event, measured service times, the daily
-- ticket sequence.
-- Times are local office time (Asia/Ho_Chi_Minh) as fixed-width ISO text, so text order is time order.

-- One row: the office and its call policy. revision goes up with every configuration change, so a desk can
-- keep the configuration in memory and reread it only when another desk or process changed it.
CREATE TABLE queue_office (
    id                     INTEGER PRIMARY KEY CHECK (id = 1),
    revision               INTEGER NOT NULL CHECK (revision >= 1),
    agency                 TEXT NOT NULL,
    name                   TEXT NOT NULL,
    priority_rule          TEXT NOT NULL CHECK (priority_rule IN ('STRICT', 'INTERLEAVE')),
    normals_per_priority   INTEGER NOT NULL CHECK (normals_per_priority >= 1),
    service_order          TEXT NOT NULL CHECK (service_order IN ('LONGEST_WAIT_FIRST', 'COUNTER_ORDER')),
    overdue_after_seconds  INTEGER CHECK (overdue_after_seconds IS NULL OR overdue_after_seconds > 0),
    max_calls              INTEGER NOT NULL CHECK (max_calls >= 1),
    min_recall_gap_seconds INTEGER NOT NULL CHECK (min_recall_gap_seconds >= 0)
) STRICT;

CREATE TABLE queue_service (
    id                      TEXT PRIMARY KEY,
    position                INTEGER NOT NULL UNIQUE,
    name                    TEXT NOT NULL,
    prefix                  TEXT NOT NULL,
    daily_limit             INTEGER CHECK (daily_limit IS NULL OR daily_limit >= 1),
    keep_overnight          INTEGER NOT NULL CHECK (keep_overnight IN (0, 1)),
    typical_service_seconds INTEGER NOT NULL CHECK (typical_service_seconds > 0)
) STRICT;

CREATE TABLE queue_service_window (
    service_id TEXT NOT NULL REFERENCES queue_service (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    opens      TEXT NOT NULL,
    closes     TEXT NOT NULL CHECK (opens < closes),
    PRIMARY KEY (service_id, position)
) STRICT;

CREATE TABLE queue_counter (
    number INTEGER PRIMARY KEY CHECK (number BETWEEN 1 AND 999),
    name   TEXT NOT NULL
) STRICT;

CREATE TABLE queue_counter_service (
    counter_number INTEGER NOT NULL REFERENCES queue_counter (number) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    service_id     TEXT NOT NULL REFERENCES queue_service (id) ON DELETE CASCADE,
    PRIMARY KEY (counter_number, position),
    UNIQUE (counter_number, service_id)
) STRICT;

-- No foreign key: a counter's state outlives a configuration replacement.
CREATE TABLE queue_counter_state (
    counter_number         INTEGER PRIMARY KEY,
    paused                 INTEGER NOT NULL CHECK (paused IN (0, 1)),
    normals_since_priority INTEGER NOT NULL CHECK (normals_since_priority >= 0)
) STRICT;

-- The last number issued per prefix and day (see SqliteQueueTransaction.nextNumber).
CREATE TABLE ticket_sequence (
    prefix      TEXT NOT NULL,
    day         TEXT NOT NULL,
    last_issued INTEGER NOT NULL CHECK (last_issued >= 1),
    PRIMARY KEY (prefix, day)
) STRICT;

-- No foreign key to queue_service: a ticket keeps the service it was issued for when the configuration changes.
-- held_by/calls/called_at/last_called_at: the counter's most recent call, kept after it let the ticket go.
CREATE TABLE ticket (
    id                  INTEGER PRIMARY KEY,
    day                 TEXT NOT NULL,
    prefix              TEXT NOT NULL,
    sequence            INTEGER NOT NULL CHECK (sequence >= 1),
    service_id          TEXT NOT NULL,
    priority_group      TEXT NOT NULL CHECK (priority_group IN ('NORMAL', 'PRIORITY')),
    priority_reason     TEXT,
    status              TEXT NOT NULL CHECK (status IN ('PRINTING', 'WAITING', 'CALLED', 'SERVING', 'PARKED',
                                                        'NO_SHOW', 'FINISHED', 'CANCELLED', 'CLOSED')),
    issued_at           TEXT NOT NULL,
    queued_at           TEXT NOT NULL,
    at_front            INTEGER NOT NULL CHECK (at_front IN (0, 1)),
    reserved_for        INTEGER,
    held_by             INTEGER,
    calls               INTEGER CHECK (calls >= 0),
    called_at           TEXT,
    last_called_at      TEXT,
    first_called_at     TEXT,
    return_to           TEXT,
    walk_in             INTEGER NOT NULL CHECK (walk_in IN (0, 1)),
    people_ahead        INTEGER CHECK (people_ahead >= 0),
    quoted_from_seconds INTEGER CHECK (quoted_from_seconds >= 0),
    quoted_to_seconds   INTEGER CHECK (quoted_to_seconds >= quoted_from_seconds),
    reason              TEXT,
    UNIQUE (day, prefix, sequence),
    CHECK ((held_by IS NULL) = (called_at IS NULL)),
    CHECK (status NOT IN ('CALLED', 'SERVING', 'PARKED') OR held_by IS NOT NULL)
) STRICT;

-- The head of each lane is one index seek (SqliteQueueTransaction.heads).
CREATE INDEX ticket_waiting_lane ON ticket (service_id, priority_group, at_front DESC, queued_at, id)
    WHERE status = 'WAITING' AND reserved_for IS NULL;
CREATE INDEX ticket_reserved_lane ON ticket (reserved_for, priority_group, at_front DESC, queued_at, id)
    WHERE status = 'WAITING' AND reserved_for IS NOT NULL;
-- Exactly one counter holds a ticket (one held_by column), and a counter calls or serves one ticket at a time.
CREATE UNIQUE INDEX ticket_one_active_per_counter ON ticket (held_by) WHERE status IN ('CALLED', 'SERVING');
CREATE INDEX ticket_day_status ON ticket (day, status);
-- Covers the daily-limit count (issuedCount) so it never reads ticket rows.
CREATE INDEX ticket_service_day ON ticket (service_id, day, walk_in, status);
CREATE INDEX ticket_number ON ticket (prefix, sequence, day);

CREATE TABLE ticket_event (
    id             INTEGER PRIMARY KEY,
    ticket_id      INTEGER NOT NULL REFERENCES ticket (id),
    kind           TEXT NOT NULL CHECK (kind IN ('ISSUED', 'CALLED', 'SERVING', 'FINISHED', 'NO_SHOW', 'PARKED',
                                                 'TRANSFERRED', 'RETURNED', 'CANCELLED', 'CLOSED')),
    at             TEXT NOT NULL,
    counter_number INTEGER,
    clerk          TEXT,
    service_id     TEXT NOT NULL,
    note           TEXT NOT NULL
) STRICT;

CREATE INDEX ticket_event_ticket ON ticket_event (ticket_id, id);
CREATE INDEX ticket_event_calls ON ticket_event (id) WHERE kind = 'CALLED';

-- Call → finish of every finished service, for wait estimates.
CREATE TABLE queue_service_time (
    id          INTEGER PRIMARY KEY,
    service_id  TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    seconds     INTEGER NOT NULL CHECK (seconds >= 0)
) STRICT;

CREATE INDEX queue_service_time_recent ON queue_service_time (service_id, finished_at DESC, id DESC);
