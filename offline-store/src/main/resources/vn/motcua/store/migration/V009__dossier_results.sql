-- The result of a dossier kept with it (the agency's signed file, or a scan of the paper result), registered in
-- stored_file first like scans and forms. signer/signature_state: what the desk read of its digital signatures.
CREATE TABLE dossier_result_file (
    dossier_code    TEXT NOT NULL REFERENCES dossier (code) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 0),
    sha256          TEXT NOT NULL REFERENCES stored_file (sha256),
    size            INTEGER NOT NULL CHECK (size >= 0),
    media_type      TEXT NOT NULL,
    file_name       TEXT NOT NULL,
    source          TEXT NOT NULL CHECK (source IN ('SCANNED', 'RECEIVED_FILE')),
    signature_state TEXT NOT NULL CHECK (signature_state IN ('UNSIGNED', 'INTACT', 'CHANGED_AFTER_SIGNING', 'BROKEN')),
    signer          TEXT NOT NULL,
    attached_at     TEXT NOT NULL,
    attached_by     TEXT NOT NULL,
    PRIMARY KEY (dossier_code, position)
) STRICT;

-- The file store's orphan sweep looks files up by hash.
CREATE INDEX dossier_result_file_sha256 ON dossier_result_file (sha256);
