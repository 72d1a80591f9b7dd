-- Event ids from a sequence instead of the queue_event_clock row. The clock gave ids in commit order by keeping its
-- row locked from taking the ids to the end of the commit, so every desk's commit waited for the one before it; with
-- 30 counters calling at once that queue was the largest part of a call's time. Now a transaction takes its ids as
-- its last step before commit, without waiting for anyone, and a reader of the log stops short of any id a
-- transaction still running may hold (EventHorizon): ids below that line are final, so a reader moving a cursor over
-- them still never skips an event committed after one with a larger id.
CREATE SEQUENCE ticket_event_id_seq AS bigint;
SELECT setval('ticket_event_id_seq', last_id) FROM queue_event_clock WHERE id = 1 AND last_id > 0;
ALTER SEQUENCE ticket_event_id_seq OWNED BY ticket_event.id;
GRANT USAGE, SELECT ON SEQUENCE ticket_event_id_seq TO motcua_desk;

-- A desk of the previous version would still take ids from the clock: without the table it stops with an error
-- instead of interleaving its ids with the sequence's.
DROP TABLE queue_event_clock;

-- A desk sends a change's writes together with its next statement (or its commit) in one round trip, so it cannot
-- look at a write's row count before the commit runs. A write that must change a given number of rows is sent as
-- WITH changed AS (... RETURNING 1) SELECT expect_rows(count(*), n) FROM changed: a wrong count stops the change
-- there, before its commit.
CREATE FUNCTION expect_rows(changed bigint, expected integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF changed <> expected THEN
        RAISE EXCEPTION 'expected % row(s) changed, found %', expected, changed USING ERRCODE = 'P0002';
    END IF;
END
$$;
GRANT EXECUTE ON FUNCTION expect_rows(bigint, integer) TO motcua_desk;

-- A desk uses the configuration it read last without reading it again, and sends with its change's next statement
-- SELECT configuration_is(revision): if an administrator changed the configuration since, the change stops there as
-- a serialisation failure, and the desk runs it again after reading the configuration afresh.
CREATE FUNCTION configuration_is(expected bigint) RETURNS void LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM queue_office WHERE id = 1 AND revision = expected) THEN
        RAISE EXCEPTION 'the queue configuration changed since revision %', expected USING ERRCODE = '40001';
    END IF;
END
$$;
GRANT EXECUTE ON FUNCTION configuration_is(bigint) TO motcua_desk;
