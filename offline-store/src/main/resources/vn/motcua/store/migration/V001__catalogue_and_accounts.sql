-- The procedure catalogue (synced from the province, or the demo catalogue) and local accounts.
-- Enum values are stored by name, so reordering a Java enum can never change stored meaning.

CREATE TABLE procedure (
    code              TEXT PRIMARY KEY,
    name              TEXT NOT NULL,
    name_folded       TEXT NOT NULL,  -- FoldedText.of(name): search without accents or case
    field_code        TEXT NOT NULL,
    field_name        TEXT NOT NULL,
    processing_amount INTEGER NOT NULL CHECK (processing_amount >= 0),
    processing_unit   TEXT NOT NULL CHECK (processing_unit IN ('WORKING_DAYS', 'CALENDAR_DAYS', 'WORKING_HOURS')),
    demo              INTEGER NOT NULL CHECK (demo IN (0, 1))
) STRICT;

CREATE TABLE procedure_component (
    procedure_code TEXT NOT NULL REFERENCES procedure (code) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    code           TEXT NOT NULL,
    name           TEXT NOT NULL,
    form           TEXT NOT NULL CHECK (form IN ('ORIGINAL', 'CERTIFIED_COPY', 'PHOTOCOPY')),
    quantity       INTEGER NOT NULL CHECK (quantity >= 1),
    mandatory      INTEGER NOT NULL CHECK (mandatory IN (0, 1)),
    PRIMARY KEY (procedure_code, position)
) STRICT;

CREATE TABLE procedure_fee (
    procedure_code TEXT NOT NULL REFERENCES procedure (code) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    name           TEXT NOT NULL,
    amount_vnd     INTEGER NOT NULL CHECK (amount_vnd >= 0),
    PRIMARY KEY (procedure_code, position)
) STRICT;

CREATE TABLE procedure_result (
    procedure_code TEXT NOT NULL REFERENCES procedure (code) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    code           TEXT NOT NULL,
    name           TEXT NOT NULL,
    PRIMARY KEY (procedure_code, position)
) STRICT;

CREATE TABLE user_account (
    username             TEXT PRIMARY KEY,
    display_name         TEXT NOT NULL,
    password_hash        TEXT NOT NULL,  -- PHC string ($argon2id$…), never a password
    must_change_password INTEGER NOT NULL CHECK (must_change_password IN (0, 1)),
    active               INTEGER NOT NULL CHECK (active IN (0, 1)),
    failed_attempts      INTEGER NOT NULL CHECK (failed_attempts >= 0),
    locked_until         TEXT            -- ISO-8601 instant, NULL when not locked
) STRICT;

CREATE TABLE user_account_role (
    username TEXT NOT NULL REFERENCES user_account (username) ON DELETE CASCADE,
    role     TEXT NOT NULL CHECK (role IN ('CLERK', 'SUPERVISOR', 'ADMIN')),
    PRIMARY KEY (username, role)
) STRICT;
