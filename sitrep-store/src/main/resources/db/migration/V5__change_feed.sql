-- The change feed: GET /api/events?updated_since=... lists the events changed at or after a time,
-- in the order of their last change. event.updated_at is set by every change (created, merged,
-- split, corrected, rejected: each is also a row of event_history); this makes sure rows stored
-- before that was so agree with their history, and indexes it for the feed's filter and order.
UPDATE event e SET updated_at = h.last
  FROM (SELECT event_id, max(at) AS last FROM event_history GROUP BY event_id) h
  WHERE h.event_id = e.id AND h.last > e.updated_at;

CREATE INDEX event_updated_at ON event (updated_at, id);
