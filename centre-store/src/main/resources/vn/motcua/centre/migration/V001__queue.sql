-- The queue of a service centre shared by its kiosks, counters and boards (the offline store's V003__queue.sql,
-- with PostgreSQL types). Times are local office time (Asia/Ho_Chi_Minh) without a zone, like the offline store.
-- The desks connect as members of motcua_desk: they read and write rows, never change the schema, and may not
-- delete tickets, their events or service times (DELETE is granted on the configuration tables only).

CREATE TABLE queue_office (
    id                     integer PRIMARY KEY CHECK (id = 1),
    revision               bigint NOT NULL CHECK (revision >= 1),
    agency                 text NOT NULL,
    name                   text NOT NULL,
    priority_rule          text NOT NULL CHECK (priority_rule IN ('STRICT', 'INTERLEAVE')),
    normals_per_priority   integer NOT NULL CHECK (normals_per_priority >= 1),
    service_order          text NOT NULL CHECK (service_order IN ('LONGEST_WAIT_FIRST', 'COUNTER_ORDER')),
    overdue_after_seconds  integer CHECK (overdue_after_seconds IS NULL OR overdue_after_seconds > 0),
    max_calls              integer NOT NULL CHECK (max_calls >= 1),
    min_recall_gap_seconds integer NOT NULL CHECK (min_recall_gap_seconds >= 0)
);

CREATE TABLE queue_service (
    id                      text PRIMARY KEY,
    position                integer NOT NULL UNIQUE,
    name                    text NOT NULL,
    prefix                  text NOT NULL,
    daily_limit             integer CHECK (daily_limit IS NULL OR daily_limit >= 1),
    keep_overnight          boolean NOT NULL,
    typical_service_seconds integer NOT NULL CHECK (typical_service_seconds > 0)
);

CREATE TABLE queue_service_window (
    service_id text NOT NULL REFERENCES queue_service (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    opens      time NOT NULL,
    closes     time NOT NULL CHECK (opens < closes),
    PRIMARY KEY (service_id, position)
);

CREATE TABLE queue_counter (
    number integer PRIMARY KEY CHECK (number BETWEEN 1 AND 999),
    name   text NOT NULL
);

CREATE TABLE queue_counter_service (
    counter_number integer NOT NULL REFERENCES queue_counter (number) ON DELETE CASCADE,
    position       integer NOT NULL,
    service_id     text NOT NULL REFERENCES queue_service (id) ON DELETE CASCADE,
    PRIMARY KEY (counter_number, position),
    UNIQUE (counter_number, service_id)
);

-- No foreign key: a counter's state outlives a configuration replacement.
CREATE TABLE queue_counter_state (
    counter_number         integer PRIMARY KEY,
    paused                 boolean NOT NULL,
    normals_since_priority integer NOT NULL CHECK (normals_since_priority >= 0)
);

-- The last number issued per prefix and day: the upsert's row lock makes kiosks on many PCs take turns.
CREATE TABLE ticket_sequence (
    prefix      text NOT NULL,
    day         date NOT NULL,
    last_issued integer NOT NULL CHECK (last_issued >= 1),
    PRIMARY KEY (prefix, day)
);

CREATE SEQUENCE ticket_id_seq;

CREATE TABLE ticket (
    id                  bigint PRIMARY KEY,
    day                 date NOT NULL,
    prefix              text NOT NULL,
    sequence            integer NOT NULL CHECK (sequence >= 1),
    service_id          text NOT NULL,
    priority_group      text NOT NULL CHECK (priority_group IN ('NORMAL', 'PRIORITY')),
    priority_reason     text,
    status              text NOT NULL CHECK (status IN ('PRINTING', 'WAITING', 'CALLED', 'SERVING', 'PARKED',
                                                        'NO_SHOW', 'FINISHED', 'CANCELLED', 'CLOSED')),
    issued_at           timestamp NOT NULL,
    queued_at           timestamp NOT NULL,
    at_front            boolean NOT NULL,
    reserved_for        integer,
    held_by             integer,
    calls               integer CHECK (calls >= 0),
    called_at           timestamp,
    last_called_at      timestamp,
    first_called_at     timestamp,
    return_to           text,
    walk_in             boolean NOT NULL,
    people_ahead        integer CHECK (people_ahead >= 0),
    quoted_from_seconds integer CHECK (quoted_from_seconds >= 0),
    quoted_to_seconds   integer CHECK (quoted_to_seconds >= quoted_from_seconds),
    reason              text,
    UNIQUE (day, prefix, sequence),
    CHECK ((held_by IS NULL) = (called_at IS NULL)),
    CHECK (status NOT IN ('CALLED', 'SERVING', 'PARKED') OR held_by IS NOT NULL)
);
ALTER SEQUENCE ticket_id_seq OWNED BY ticket.id;

-- The head of each lane is one index seek; FOR UPDATE SKIP LOCKED walks on past a head another counter holds.
CREATE INDEX ticket_waiting_lane ON ticket (service_id, priority_group, at_front DESC, queued_at, id)
    WHERE status = 'WAITING' AND reserved_for IS NULL;
CREATE INDEX ticket_reserved_lane ON ticket (reserved_for, priority_group, at_front DESC, queued_at, id)
    WHERE status = 'WAITING' AND reserved_for IS NOT NULL;
CREATE UNIQUE INDEX ticket_one_active_per_counter ON ticket (held_by) WHERE status IN ('CALLED', 'SERVING');
CREATE INDEX ticket_day_status ON ticket (day, status);
CREATE INDEX ticket_service_day ON ticket (service_id, day, walk_in, status);
CREATE INDEX ticket_number ON ticket (prefix, sequence, day);

-- The event log. Ids come from queue_event_clock, taken just before commit while its row is locked, so ids rise
-- in commit order: a board reading on from the last id it saw never misses an event (see PostgresQueueTransaction).
CREATE TABLE ticket_event (
    id             bigint PRIMARY KEY,
    ticket_id      bigint NOT NULL REFERENCES ticket (id),
    kind           text NOT NULL CHECK (kind IN ('ISSUED', 'CALLED', 'SERVING', 'FINISHED', 'NO_SHOW', 'PARKED',
                                                 'TRANSFERRED', 'RETURNED', 'CANCELLED', 'CLOSED')),
    at             timestamp NOT NULL,
    counter_number integer,
    clerk          text,
    service_id     text NOT NULL,
    note           text NOT NULL
);

CREATE INDEX ticket_event_ticket ON ticket_event (ticket_id, id);
CREATE INDEX ticket_event_calls ON ticket_event (id) WHERE kind = 'CALLED';

CREATE TABLE queue_event_clock (
    id      integer PRIMARY KEY CHECK (id = 1),
    last_id bigint NOT NULL CHECK (last_id >= 0)
);
INSERT INTO queue_event_clock (id, last_id) VALUES (1, 0);

CREATE TABLE queue_service_time (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_id  text NOT NULL,
    finished_at timestamp NOT NULL,
    seconds     integer NOT NULL CHECK (seconds >= 0)
);

CREATE INDEX queue_service_time_recent ON queue_service_time (service_id, finished_at DESC, id DESC);

-- Least privilege for the desks (role created by the administrator, see docs/centre-mode.md).
GRANT USAGE ON SCHEMA motcua TO motcua_desk;
GRANT SELECT ON schema_migration TO motcua_desk;
GRANT SELECT, INSERT, UPDATE, DELETE ON queue_office, queue_service, queue_service_window, queue_counter,
    queue_counter_service TO motcua_desk;
GRANT SELECT, INSERT, UPDATE ON queue_counter_state, ticket_sequence, ticket, queue_event_clock TO motcua_desk;
GRANT SELECT, INSERT ON ticket_event, queue_service_time TO motcua_desk;
GRANT USAGE ON SEQUENCE ticket_id_seq TO motcua_desk;
