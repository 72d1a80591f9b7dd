-- Which queue a dossier's ticket belongs to. Ticket ids are only unique within one queue store: the desk's own
-- (single-PC mode, 'local') or a centre's shared server (centre mode, 'centre'), whose ids come from another
-- sequence. A desk switched from one mode to the other keeps its links, and each is read only with the queue it
-- was made in, so an old local ticket id never points at an unrelated centre ticket (or the reverse).
-- Links stored before this version are taken as the desk's own queue's ('local'), the mode every desk ran before
-- centre mode.
ALTER TABLE dossier_ticket ADD COLUMN queue TEXT NOT NULL DEFAULT 'local' CHECK (queue <> '');

DROP INDEX dossier_ticket_by_ticket;
CREATE INDEX dossier_ticket_by_ticket ON dossier_ticket (queue, ticket_id);
