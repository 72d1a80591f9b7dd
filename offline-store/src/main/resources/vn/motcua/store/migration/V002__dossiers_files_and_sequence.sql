-- Dossiers with their components, file links and status history; the content-addressed file
-- register; the daily dossier sequence.
-- Times are local office time (Asia/Ho_Chi_Minh) as fixed-width ISO text, so text order is time order.

CREATE TABLE stored_file (
    sha256     TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size       INTEGER NOT NULL CHECK (size >= 0),
    media_type TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

-- No foreign key to procedure: the catalogue is replaced by sync, a dossier keeps what it was received as.
CREATE TABLE dossier (
    code              TEXT PRIMARY KEY,
    agency            TEXT NOT NULL,
    day               TEXT NOT NULL,
    sequence          INTEGER NOT NULL CHECK (sequence >= 1),
    procedure_code    TEXT NOT NULL,
    procedure_name    TEXT NOT NULL,
    owner_type        TEXT NOT NULL CHECK (owner_type IN ('CITIZEN', 'ORGANISATION')),
    owner_name        TEXT NOT NULL,
    owner_name_folded TEXT NOT NULL,
    owner_identifier  TEXT NOT NULL,
    owner_address     TEXT NOT NULL,
    owner_phone       TEXT NOT NULL,
    owner_email       TEXT NOT NULL,
    sets              INTEGER NOT NULL CHECK (sets >= 1),
    channel           TEXT NOT NULL,
    delivery          TEXT NOT NULL,
    received_at       TEXT NOT NULL,
    due_at            TEXT,
    received_by       TEXT NOT NULL,
    status            TEXT NOT NULL,  -- copy of the last history row's to_status, for lists
    UNIQUE (agency, day, sequence)
) STRICT;

CREATE INDEX dossier_newest_first ON dossier (received_at DESC, code DESC);
CREATE INDEX dossier_owner_identifier ON dossier (owner_identifier);

CREATE TABLE dossier_fee (
    dossier_code TEXT NOT NULL REFERENCES dossier (code) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name         TEXT NOT NULL,
    amount_vnd   INTEGER NOT NULL CHECK (amount_vnd >= 0),
    PRIMARY KEY (dossier_code, position)
) STRICT;

CREATE TABLE dossier_component (
    dossier_code        TEXT NOT NULL REFERENCES dossier (code) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    code                TEXT NOT NULL,
    name                TEXT NOT NULL,
    form                TEXT NOT NULL CHECK (form IN ('ORIGINAL', 'CERTIFIED_COPY', 'PHOTOCOPY')),
    quantity            INTEGER NOT NULL CHECK (quantity >= 1),
    digitised           INTEGER NOT NULL CHECK (digitised IN (0, 1)),
    reused              INTEGER NOT NULL CHECK (reused IN (0, 1)),
    from_national_store INTEGER NOT NULL CHECK (from_national_store IN (0, 1)),
    PRIMARY KEY (dossier_code, position)
) STRICT;

-- A file can only be linked once it is registered: a dangling reference is impossible by construction.
CREATE TABLE dossier_component_file (
    dossier_code       TEXT NOT NULL,
    component_position INTEGER NOT NULL,
    position           INTEGER NOT NULL,
    sha256             TEXT NOT NULL REFERENCES stored_file (sha256),
    size               INTEGER NOT NULL CHECK (size >= 0),
    media_type         TEXT NOT NULL,
    file_name          TEXT NOT NULL,
    PRIMARY KEY (dossier_code, component_position, position),
    FOREIGN KEY (dossier_code, component_position)
        REFERENCES dossier_component (dossier_code, position) ON DELETE CASCADE
) STRICT;

CREATE INDEX dossier_component_file_sha256 ON dossier_component_file (sha256);

CREATE TABLE dossier_status_change (
    dossier_code TEXT NOT NULL REFERENCES dossier (code) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    from_status  TEXT,
    to_status    TEXT NOT NULL,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    note         TEXT NOT NULL,
    PRIMARY KEY (dossier_code, position)
) STRICT;

-- The last number issued per agency and day by this desk (see SqliteDossierSequence).
CREATE TABLE dossier_sequence (
    agency      TEXT NOT NULL,
    day         TEXT NOT NULL,
    last_issued INTEGER NOT NULL CHECK (last_issued >= 1),
    PRIMARY KEY (agency, day)
) STRICT;
