-- Sync with the provincial one-stop system (docs/provincial-api.md).
--
-- sync_outbox: one row per change of a dossier, inserted in the same transaction as the change, so a change is
-- never saved without being queued for the province, nor queued without being saved. The sync engine sends a
-- dossier's current state, not the row's: several pending rows of one dossier leave in one push and are all
-- marked SENT together (see SqliteOutbox). next_attempt_at is epoch milliseconds; NULL means "due now".
CREATE TABLE sync_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier_code    TEXT NOT NULL REFERENCES dossier (code) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at INTEGER,
    state           TEXT NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'SENT', 'REJECTED')),
    last_error      TEXT,
    done_at         TEXT
) STRICT;

CREATE INDEX sync_outbox_by_dossier ON sync_outbox (dossier_code, id);
CREATE INDEX sync_outbox_pending ON sync_outbox (state, id) WHERE state = 'PENDING';

-- Dossiers saved before this version have never been sent: queue each one once.
INSERT INTO sync_outbox (dossier_code, kind, created_at)
SELECT code, 'EXISTING', strftime('%Y-%m-%dT%H:%M:%f000000', 'now', 'localtime') FROM dossier ORDER BY received_at;

-- Files already uploaded to the province, by content: a file shared by several dossiers is uploaded once.
CREATE TABLE synced_file (
    sha256      TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    remote_id   TEXT NOT NULL,
    uploaded_at TEXT NOT NULL
) STRICT;

-- Where each pull (catalogue, dossier statuses) stopped; the value is the province's opaque cursor.
CREATE TABLE sync_cursor (
    name       TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
