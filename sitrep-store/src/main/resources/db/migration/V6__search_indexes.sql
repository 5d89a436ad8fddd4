-- Merging blocks that stay small, and indexes that fit what GET /api/events filters and sorts on.
-- See docs/store.md, "Load" (measured with sitrep bench store).

-- A dated event was kept in its country and family's undated block too, which then held all of
-- that country and family (some 1,200 events of the benchmark's 100,000) and was read back whole
-- for every new report. Dated events now go to a "…|dated" block that only undated reports look
-- in (EventBlocks.written, lookedUp).
UPDATE event_block b
   SET block = substr(b.block, 1, length(b.block) - length('undated')) || 'dated'
  FROM event e
 WHERE e.id = b.event_id AND e.event_date IS NOT NULL AND b.block LIKE '%|undated';

-- The sorts of EventSearch, ties by id, so that a page of 100 is read in order from an index and
-- stops after 100 rows instead of sorting every event that passes the filters. A backward scan
-- of (event_date, id) is "DESC NULLS FIRST", not the default sort's "undated last", hence two.
DROP INDEX event_date;
CREATE INDEX event_date_id ON event (event_date, id);
CREATE INDEX event_date_desc_id ON event (event_date DESC NULLS LAST, id DESC);
CREATE INDEX event_fatalities_id ON event (fatalities, id);

-- What the country, word and actor filters compare, computed once when a row is written instead
-- of for every row a search reads. On 100,000 events, the page of q=attacked read in date order
-- took 44 ms computing to_tsvector per row, 1 ms with the stored column; that of actor=liberation
-- 10 ms with ILIKE (which lower-cases both sides per row), 3 ms with LIKE on the stored lower
-- case. EventSearch compares the stored lower case with = and LIKE, which match what
-- lower() = lower() and ILIKE matched. Generated columns follow inserts and corrections.
ALTER TABLE event
  ADD COLUMN search_text   tsvector
      GENERATED ALWAYS AS (to_tsvector('english', notes || ' ' || evidence_text)) STORED,
  ADD COLUMN country_lower text GENERATED ALWAYS AS (lower(country)) STORED,
  ADD COLUMN actor1_lower  text GENERATED ALWAYS AS (lower(actor1)) STORED,
  ADD COLUMN actor2_lower  text GENERATED ALWAYS AS (lower(actor2)) STORED;
DROP INDEX event_text;
CREATE INDEX event_search_text ON event USING gin (search_text);
-- country=syria; the (iso3, country) index serves country=SYR.
CREATE INDEX event_country_lower ON event (country_lower);

-- actor=WORDS is "LIKE %words%" on the lower-cased names, which a b-tree cannot serve. A trigram
-- index can, if the server has the pg_trgm extension (the embedded one has; a --db server may
-- not, or may not let this user create it: then actor searches read the rows instead).
DO $$
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm not available (%); actor searches will not use an index', SQLERRM;
  END;
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX event_actor1_trgm ON event USING gin (actor1_lower gin_trgm_ops);
    CREATE INDEX event_actor2_trgm ON event USING gin (actor2_lower gin_trgm_ops);
  END IF;
END
$$;
