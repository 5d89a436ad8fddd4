-- The first schema of Sitrep's event store. See docs/store.md.

-- One news report, stored once whatever input it came from: content_hash is the SHA-256 of text.
CREATE TABLE article (
  id             bigserial PRIMARY KEY,
  content_hash   char(64)    NOT NULL UNIQUE,
  input_id       text        NOT NULL,
  url            text,
  title          text        NOT NULL,
  source         text        NOT NULL,
  published      date,
  published_from text        NOT NULL,
  dateline_place text,
  byline         text,
  language       text,
  text           text        NOT NULL,
  stored_at      timestamptz NOT NULL DEFAULT now()
);

-- One coded event, with the columns of docs/schema.md. actorN_* and the place columns keep what
-- the knowledge base and gazetteer said, so that a stored event reads back as it was coded.
-- evidence_text repeats the evidence words, so that one full-text index covers notes and evidence.
CREATE TABLE event (
  id              bigserial PRIMARY KEY,
  event_id        text             NOT NULL,
  article_id      bigint           NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  event_date      date,
  time_precision  smallint         NOT NULL CHECK (time_precision BETWEEN 1 AND 3),
  event_type      text             NOT NULL,
  sub_event_type  text             NOT NULL,
  actor1          text,
  inter1          smallint         NOT NULL CHECK (inter1 BETWEEN 0 AND 8),
  actor1_cameo    text,
  actor1_iso3     text,
  actor1_generic  boolean,
  assoc_actor_1   jsonb            NOT NULL DEFAULT '[]',
  actor2          text,
  inter2          smallint         NOT NULL CHECK (inter2 BETWEEN 0 AND 8),
  actor2_cameo    text,
  actor2_iso3     text,
  actor2_generic  boolean,
  assoc_actor_2   jsonb            NOT NULL DEFAULT '[]',
  geoname_id      bigint,
  location        text,
  feature_code    text,
  country         text,
  iso3            text,
  admin1          text,
  admin2          text,
  latitude        double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude       double precision CHECK (longitude BETWEEN -180 AND 180),
  population      bigint,
  geo_precision   smallint         NOT NULL CHECK (geo_precision BETWEEN 1 AND 3),
  source          text             NOT NULL,
  notes           text             NOT NULL,
  fatalities      integer          NOT NULL CHECK (fatalities >= 0),
  injured         integer          NOT NULL CHECK (injured >= 0),
  captured        integer          NOT NULL CHECK (captured >= 0),
  cameo           text             NOT NULL,
  plover          text             NOT NULL,
  modality        text             NOT NULL,
  confidence      double precision NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  evidence_text   text             NOT NULL DEFAULT '',
  created_at      timestamptz      NOT NULL DEFAULT now(),
  updated_at      timestamptz      NOT NULL DEFAULT now(),
  UNIQUE (article_id, event_id)
);

-- Every report of an event. Today each event has one row, its own article; merging reports of
-- the same event from several articles will add rows here instead of duplicating the event.
CREATE TABLE event_source (
  event_id    bigint      NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  article_id  bigint      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  added_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (event_id, article_id)
);

-- The words that support each field of an event: text is the article's characters
-- [start_offset, end_offset) of the article the event came from.
CREATE TABLE evidence (
  id            bigserial PRIMARY KEY,
  event_id      bigint  NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  article_id    bigint  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  ordinal       integer NOT NULL,
  field         text    NOT NULL,
  text          text    NOT NULL,
  start_offset  integer NOT NULL CHECK (start_offset >= 0),
  end_offset    integer NOT NULL CHECK (end_offset >= start_offset),
  note          text    NOT NULL,
  UNIQUE (event_id, ordinal)
);

-- What happened to an event and why: created from an article, and later merged, corrected or
-- reviewed, by an article, a rule or a person. details is free-form JSON for the change.
CREATE TABLE event_history (
  id          bigserial PRIMARY KEY,
  event_id    bigint      NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  at          timestamptz NOT NULL DEFAULT now(),
  change      text        NOT NULL
              CHECK (change IN ('created', 'updated', 'merged', 'reviewed', 'deleted')),
  by_article  bigint      REFERENCES article (id) ON DELETE SET NULL,
  by_rule     text,
  by_person   text,
  details     jsonb       NOT NULL DEFAULT '{}'
);

CREATE INDEX article_published ON article (published);
CREATE INDEX event_article ON event (article_id);
CREATE INDEX event_date ON event (event_date);
CREATE INDEX event_country ON event (iso3, country);
CREATE INDEX event_sub_event_type ON event (sub_event_type);
CREATE INDEX event_actor1 ON event (actor1);
CREATE INDEX event_actor2 ON event (actor2);
CREATE INDEX event_lat_lon ON event (latitude, longitude);
CREATE INDEX event_source_article ON event_source (article_id);
CREATE INDEX evidence_event ON evidence (event_id);
CREATE INDEX event_history_event ON event_history (event_id, at);
-- Queries must use the same expression to use it:
--   to_tsvector('english', notes || ' ' || evidence_text) @@ websearch_to_tsquery('english', ?)
CREATE INDEX event_text ON event
  USING gin (to_tsvector('english', notes || ' ' || evidence_text));
