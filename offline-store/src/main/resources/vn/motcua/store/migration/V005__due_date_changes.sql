-- Due-time extensions (Mẫu 04: apology and new date). The dossier row keeps the current due time; the legal
-- one and every extension stay here, because on-time statistics (Decision 766) count against the original.
CREATE TABLE dossier_due_change (
    dossier_code TEXT NOT NULL REFERENCES dossier (code) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 0),
    from_due     TEXT,
    to_due       TEXT NOT NULL,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    reason       TEXT NOT NULL,
    PRIMARY KEY (dossier_code, position)
) STRICT;
