-- Every keypad press carries its own id, made on the counter's PC when it is classified (a random UUID, as text, the
-- offline store's V012 likewise). A counter keeps a press while this server is away and forwards it when it is back;
-- the same id then finds the press if it was stored after all (a commit whose answer was lost), so it is stored once
-- and the statistics count it once. NULL for the presses stored before this version: a unique index lets several
-- rows have NULL.
ALTER TABLE rating ADD COLUMN press_key text CHECK (press_key IS NULL OR length(press_key) = 36);
CREATE UNIQUE INDEX rating_press ON rating (press_key);
-- The desks' rights on rating (V002: SELECT and INSERT on the table) cover the new column; nothing to grant.
