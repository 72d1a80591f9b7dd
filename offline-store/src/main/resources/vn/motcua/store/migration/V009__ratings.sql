-- PROVISIONAL (statistics branch): the rating table as the ratings work defines it, so the statistics can be
-- built and tested before that branch lands. When merging, keep the ratings branch's V009 and drop this file.
CREATE TABLE rating (
    id           INTEGER PRIMARY KEY,
    counter      INTEGER NOT NULL,
    keypad       TEXT,
    ticket_id    INTEGER,
    dossier_code TEXT,
    clerk        TEXT,
    level        TEXT NOT NULL CHECK (level IN ('VERY_SATISFIED', 'SATISFIED', 'NEUTRAL', 'UNSATISFIED')),
    flag         TEXT NOT NULL CHECK (flag IN ('NONE', 'NOT_ARMED', 'REPEATED', 'BURST')),
    reason       TEXT,
    pressed_at   TEXT NOT NULL
) STRICT;
