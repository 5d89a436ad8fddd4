-- Merging reports of one event from several articles on store, and splitting them apart again.
-- See docs/store.md, "Merging on store".

-- The blocks (org.sitrep.merge.EventBlock.keys: country | disorder type | ISO week, or undated)
-- an event may be joined in. A new report is compared only with the events that share one of its
-- blocks: one indexed lookup, block = ANY (its keys). Every key is kept, not only the event's own
-- block, so that the lookup finds a pair whichever of the two came first.
CREATE TABLE event_block (
  event_id  bigint NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  block     text   NOT NULL,
  PRIMARY KEY (block, event_id)
);
CREATE INDEX event_block_event ON event_block (event_id);

-- Each report's own counts, so that an event's counts can be recomputed (MergedCounts: the lowest
-- figure given) when a report joins it or is split off. For a report merged into an event of
-- another article, report keeps the whole event as that article told it (with its evidence), and
-- score and reason the decision that joined it; split makes its own event again from report.
-- The first report of an event has no report: the event row holds its values.
ALTER TABLE event_source
  ADD COLUMN fatalities integer NOT NULL DEFAULT 0 CHECK (fatalities >= 0),
  ADD COLUMN injured    integer NOT NULL DEFAULT 0 CHECK (injured >= 0),
  ADD COLUMN captured   integer NOT NULL DEFAULT 0 CHECK (captured >= 0),
  ADD COLUMN report     jsonb,
  ADD COLUMN score      double precision CHECK (score BETWEEN 0 AND 1),
  ADD COLUMN reason     text;

-- Before this migration every event had one source, its own article, and its own counts.
UPDATE event_source s SET fatalities = e.fatalities, injured = e.injured, captured = e.captured
  FROM event e WHERE e.id = s.event_id;

ALTER TABLE event_history DROP CONSTRAINT event_history_change_check;
ALTER TABLE event_history ADD CONSTRAINT event_history_change_check
  CHECK (change IN ('created', 'updated', 'merged', 'split', 'reviewed', 'deleted'));
