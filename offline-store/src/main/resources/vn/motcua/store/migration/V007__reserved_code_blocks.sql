-- Blocks of daily dossier sequence numbers the province reserved for this desk (CapKhoiSoHoSo,
-- docs/provincial-api.md). The sequence issues from the lowest block of the day with numbers left (next <= last)
-- before its configured counter block; next is the number it will issue from the block next.
CREATE TABLE reserved_block (
    agency TEXT NOT NULL,
    day    TEXT NOT NULL,
    first  INTEGER NOT NULL CHECK (first >= 1),
    last   INTEGER NOT NULL CHECK (last >= first),
    next   INTEGER NOT NULL CHECK (next BETWEEN first AND last + 1),
    PRIMARY KEY (agency, day, first)
) STRICT;
