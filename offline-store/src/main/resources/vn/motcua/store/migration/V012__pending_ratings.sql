-- Satisfaction ratings in centre mode while the centre's server (or the LAN) is away (docs/centre-mode.md).

-- Every press gets its own id on the counter's PC when it is classified (a random UUID, text). The same id goes with
-- the press to whichever store keeps it, so a press stored again (forwarded after an outage, retried after a commit
-- whose answer was lost) is recognised and stored once. NULL for presses stored before this version. SQLite lets
-- several rows have NULL in a unique index.
ALTER TABLE rating ADD COLUMN press_key TEXT;
CREATE UNIQUE INDEX rating_press ON rating (press_key);

-- Centre mode: presses the centre's server could not take, kept on this counter until they are forwarded. The columns
-- are the rating table's (V010) with the same rules; kept_at: office-local time the press was kept here.
-- forwarded_at and centre_rating_id: when the centre stored it, and under which id there; refused: why the centre
-- refused it for good (a class name, never a value), then it is kept here and not forwarded again. Rows are kept as
-- a record of what was forwarded.
CREATE TABLE pending_rating (
    press_key        TEXT PRIMARY KEY,
    counter          INTEGER NOT NULL CHECK (counter BETWEEN 1 AND 999),
    keypad           TEXT NOT NULL,
    key_number       INTEGER NOT NULL CHECK (key_number >= 0),
    ticket_id        INTEGER,
    dossier_code     TEXT,
    clerk            TEXT,
    level            TEXT CHECK (level IN ('VERY_SATISFIED', 'SATISFIED', 'NEUTRAL', 'UNSATISFIED')),
    flag             TEXT NOT NULL CHECK (flag IN ('NONE', 'NOT_ARMED', 'REPEATED', 'BURST', 'UNKNOWN_KEY')),
    pressed_at       TEXT NOT NULL,
    held_ms          INTEGER NOT NULL CHECK (held_ms >= 0),
    kept_at          TEXT NOT NULL,
    forwarded_at     TEXT,
    centre_rating_id INTEGER,
    refused          TEXT,
    CHECK ((level IS NULL) = (flag = 'UNKNOWN_KEY')),
    CHECK (flag <> 'NOT_ARMED' OR (ticket_id IS NULL AND dossier_code IS NULL AND clerk IS NULL)),
    CHECK (flag <> 'NONE' OR ((ticket_id IS NOT NULL OR dossier_code IS NOT NULL) AND clerk IS NOT NULL)),
    CHECK ((forwarded_at IS NULL) = (centre_rating_id IS NULL)),
    CHECK (forwarded_at IS NULL OR refused IS NULL)
) STRICT, WITHOUT ROWID;

-- The presses still to forward, in the order they were made.
CREATE INDEX pending_rating_waiting ON pending_rating (pressed_at, press_key)
    WHERE forwarded_at IS NULL AND refused IS NULL;
