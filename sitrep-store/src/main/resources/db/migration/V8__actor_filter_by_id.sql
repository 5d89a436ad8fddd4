-- actor=WORDS by the actor table's ids. See docs/store.md, "Load".
--
-- EventSearch finds the actors whose name has the words in the actor table (each name once, V7)
-- and then the events whose actor1_id or actor2_id is one of them. A page in the default order
-- walks event_date_desc_id until 100 events pass; each entry walked cost a fetch of its row, to
-- test the names and `rejected` (5,300 rows for the 100 newest events of actor=syria, 1,800 of
-- 100,000, 7-30 ms). Carried in the index, the ids and `rejected` are tested on the index entry
-- and the row is not read (an index-only scan; 0.5 ms), as is the capped count's. Same keys:
-- every search that walked the index before walks this one.
DROP INDEX event_date_desc_id;
CREATE INDEX event_date_desc_id ON event (event_date DESC NULLS LAST, id DESC)
  INCLUDE (rejected, actor1_id, actor2_id);

-- The trigram indexes on the events' lower-cased names (V6) served the LIKE that EventSearch no
-- longer sends; every stored event paid for them. The actor table's names get one instead, when
-- pg_trgm is there, for stores with many actors (a few thousand are read in a millisecond).
DROP INDEX IF EXISTS event_actor1_trgm;
DROP INDEX IF EXISTS event_actor2_trgm;
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX actor_name_trgm ON actor USING gin (lower(name) gin_trgm_ops);
  END IF;
END
$$;
