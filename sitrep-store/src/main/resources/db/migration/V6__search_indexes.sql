-- Merging blocks that stay small, and indexes that fit what GET /api/events filters and sorts on.
-- See docs/store.md, "Load" (measured with sitrep bench store).

-- A dated event was kept in its country and family's undated block too, which then held a
-- fortieth of the store and was read back whole for every new report. Dated events now go to a
-- "…|dated" block that only undated reports look in (EventBlocks.written, lookedUp).
UPDATE event_block b
   SET block = substr(b.block, 1, length(b.block) - length('undated')) || 'dated'
  FROM event e
 WHERE e.id = b.event_id AND e.event_date IS NOT NULL AND b.block LIKE '%|undated';
