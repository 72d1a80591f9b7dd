-- The queue ticket a dossier was taken in on (at most one; walk-ins have a ticket too), so a rating on the
-- counter's keypad and the wait and service times can be tied to the dossier, its counter and its clerk.
CREATE TABLE dossier_ticket (
    dossier_code TEXT PRIMARY KEY REFERENCES dossier (code) ON DELETE CASCADE,
    ticket_id    INTEGER NOT NULL,
    counter      INTEGER NOT NULL CHECK (counter >= 1),
    clerk        TEXT NOT NULL,
    linked_at    TEXT NOT NULL
) STRICT;

CREATE INDEX dossier_ticket_by_ticket ON dossier_ticket (ticket_id);
