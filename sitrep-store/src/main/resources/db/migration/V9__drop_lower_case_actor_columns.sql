-- V6 stored each event's actor names lower-cased for the trigram indexes that served actor=WORDS.
-- Since V8 that filter reads the actor table's names and the events' actor ids, V8 dropped those
-- indexes, and nothing reads the two columns: every insert and correction paid for them.
ALTER TABLE event
  DROP COLUMN IF EXISTS actor1_lower,
  DROP COLUMN IF EXISTS actor2_lower;
