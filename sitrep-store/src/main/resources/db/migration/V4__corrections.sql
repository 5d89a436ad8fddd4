-- Corrections by a person (org.sitrep.store.EventReview). See docs/store.md, "Corrections".

-- rejected: a person marked the event not an event; lists and exports leave it out unless asked.
-- corrected_*: a count a person set. Recounting from the reports (a merge, a split) keeps it:
-- event.fatalities = coalesce(corrected_fatalities, the reports' merged count).
-- The other corrected values live in the event row itself: merges never rewrite them.
ALTER TABLE event
  ADD COLUMN rejected             boolean NOT NULL DEFAULT false,
  ADD COLUMN corrected_fatalities integer CHECK (corrected_fatalities >= 0),
  ADD COLUMN corrected_injured    integer CHECK (corrected_injured >= 0),
  ADD COLUMN corrected_captured   integer CHECK (corrected_captured >= 0);

ALTER TABLE event_history DROP CONSTRAINT event_history_change_check;
ALTER TABLE event_history ADD CONSTRAINT event_history_change_check
  CHECK (change IN ('created', 'updated', 'merged', 'split', 'corrected', 'rejected', 'reviewed',
                    'deleted'));
