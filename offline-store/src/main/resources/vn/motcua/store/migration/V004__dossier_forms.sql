-- Forms issued for a dossier (Mẫu 01 receipt, 02 supplement request, 03 refusal, 04 apology…): the exact PDF
-- given to the citizen, kept for reprints and inspection. The file must be registered first, like scans.
CREATE TABLE dossier_form (
    dossier_code TEXT NOT NULL REFERENCES dossier (code) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 0),
    kind         TEXT NOT NULL,
    sha256       TEXT NOT NULL REFERENCES stored_file (sha256),
    size         INTEGER NOT NULL CHECK (size >= 0),
    media_type   TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    issued_at    TEXT NOT NULL,
    issued_by    TEXT NOT NULL,
    PRIMARY KEY (dossier_code, position)
) STRICT;

CREATE INDEX dossier_form_sha256 ON dossier_form (sha256);
