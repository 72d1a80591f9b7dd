-- Satisfaction ratings (DOMAIN §7) on the centre's server: the offline store's V010__ratings.sql with PostgreSQL
-- types. Every keypad press of every counter, classified, and the RATED kind of ticket event written with an
-- accepted one in the same transaction. The dossiers a rating concerns stay in the store of the counter that took
-- them in, which queues them for the province after the rating commits here (RatedDossierQueue).

-- One row per press, flagged or not: nothing a keypad reports is dropped. flag 'NONE' is the one accepted press of
-- an arming, the only one that counts in scores by default; the others are kept as suspected misuse:
-- 'NOT_ARMED' (outside any armed window: bound to nothing), 'REPEATED' (after the accepted press of the same arming),
-- 'BURST' (several presses within the debounce), 'UNKNOWN_KEY' (a key the scale does not map: level NULL).
-- ticket_id, dossier_code and clerk are those of the arming the press fell in: NULL when not armed; ticket_id is
-- NULL too for a result handed back without a queue ticket (then dossier_code is set). No foreign keys, as in the
-- offline store: the RATED ticket_event already ties an accepted rating to its ticket, and the dossier is on a desk.
-- key_number: the key as the pad numbers it (1 = leftmost); held_ms: how long it was held, 0 when unknown.
-- pressed_at: local office time (Asia/Ho_Chi_Minh) the counter's PC received the press, like the queue's times.
-- reason: what the citizen chose on the touch screen after an unhappy accepted rating; the only column a desk may
-- change afterwards.
CREATE TABLE rating (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    counter      integer NOT NULL CHECK (counter BETWEEN 1 AND 999),
    keypad       text NOT NULL,
    key_number   integer NOT NULL CHECK (key_number >= 0),
    ticket_id    bigint,
    dossier_code text,
    clerk        text,
    level        text CHECK (level IN ('VERY_SATISFIED', 'SATISFIED', 'NEUTRAL', 'UNSATISFIED')),
    flag         text NOT NULL CHECK (flag IN ('NONE', 'NOT_ARMED', 'REPEATED', 'BURST', 'UNKNOWN_KEY')),
    reason       text,
    pressed_at   timestamp NOT NULL,
    held_ms      bigint NOT NULL CHECK (held_ms >= 0),
    CHECK ((level IS NULL) = (flag = 'UNKNOWN_KEY')),
    CHECK (flag <> 'NOT_ARMED' OR (ticket_id IS NULL AND dossier_code IS NULL AND clerk IS NULL)),
    CHECK (flag <> 'NONE' OR ((ticket_id IS NOT NULL OR dossier_code IS NOT NULL) AND clerk IS NOT NULL)),
    CHECK (reason IS NULL OR flag = 'NONE')
);

-- One accepted rating per service: a ticket is rated once at a counter, whichever PC's keypad or screen sends it.
CREATE UNIQUE INDEX rating_one_per_service ON rating (ticket_id, counter) WHERE flag = 'NONE' AND ticket_id IS NOT NULL;
-- A counter's presses since a time (the unhappy alert, the day's figures), the whole centre's per day, per clerk
-- over time, and a dossier's accepted ratings for its desk's provincial sync (by dossier, or by the ticket it was
-- taken in on through rating_one_per_service).
CREATE INDEX rating_by_counter ON rating (counter, pressed_at);
CREATE INDEX rating_by_time ON rating (pressed_at);
CREATE INDEX rating_by_clerk ON rating (clerk, pressed_at) WHERE clerk IS NOT NULL;
CREATE INDEX rating_by_dossier ON rating (dossier_code) WHERE dossier_code IS NOT NULL;

-- ticket_event gains the kind RATED (PostgreSQL changes a CHECK in place; the name is the one V001 got by default).
ALTER TABLE ticket_event DROP CONSTRAINT ticket_event_kind_check;
ALTER TABLE ticket_event ADD CONSTRAINT ticket_event_kind_check
    CHECK (kind IN ('ISSUED', 'CALLED', 'SERVING', 'FINISHED', 'NO_SHOW', 'PARKED', 'TRANSFERRED', 'RETURNED',
                    'CANCELLED', 'CLOSED', 'RATED'));

-- Least privilege: the desks read and add ratings and give an accepted one its reason, nothing else; no desk may
-- delete a rating or rewrite what a citizen pressed.
GRANT SELECT, INSERT ON rating TO motcua_desk;
GRANT UPDATE (reason) ON rating TO motcua_desk;
