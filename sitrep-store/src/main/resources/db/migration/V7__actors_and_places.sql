-- The actors and places that events are coded with, each stored once. See docs/store.md,
-- "Actors and places".
--
-- The event row keeps its own copy of what the knowledge base and the gazetteer said (a stored
-- event reads back exactly as it was coded, and the API's filters need no join); these tables
-- list each actor and place once, and every event points at its rows. The database keeps them
-- itself, by a trigger on every insert and on every update of the coded values (a merge, a
-- correction), so that no writer can forget them.

-- An actor as coded: its name and inter code (ACLED's "Protesters (Kenya)" is one actor with
-- inter 6), with the CAMEO code, country and whether the name is generic, as first seen.
CREATE TABLE actor (
  id       bigserial PRIMARY KEY,
  name     text     NOT NULL,
  inter    smallint NOT NULL CHECK (inter BETWEEN 0 AND 8),
  cameo    text,
  iso3     text,
  generic  boolean,
  UNIQUE (name, inter)
);

-- A place as coded: by its GeoNames id where the gazetteer gave one, else by its name within
-- its first-level division and country. place_key is that identity, spelled out.
CREATE TABLE place (
  id            bigserial PRIMARY KEY,
  place_key     text             NOT NULL UNIQUE,
  geoname_id    bigint,
  name          text             NOT NULL,
  feature_code  text,
  country       text,
  iso3          text,
  admin1        text,
  admin2        text,
  latitude      double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude     double precision CHECK (longitude BETWEEN -180 AND 180),
  population    bigint
);

ALTER TABLE event
  ADD COLUMN actor1_id bigint REFERENCES actor (id),
  ADD COLUMN actor2_id bigint REFERENCES actor (id),
  ADD COLUMN place_id  bigint REFERENCES place (id);
CREATE INDEX event_actor1_id ON event (actor1_id);
CREATE INDEX event_actor2_id ON event (actor2_id);
CREATE INDEX event_place_id ON event (place_id);

-- The row of an actor, made on first sight. A row that exists is only read, never locked, so
-- that two ingests that code the same actors do not wait on each other.
CREATE FUNCTION sitrep_actor_id(p_name text, p_inter smallint, p_cameo text, p_iso3 text,
    p_generic boolean) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  found bigint;
BEGIN
  IF p_name IS NULL THEN
    RETURN NULL;
  END IF;
  SELECT id INTO found FROM actor WHERE name = p_name AND inter = p_inter;
  IF found IS NULL THEN
    INSERT INTO actor (name, inter, cameo, iso3, generic)
      VALUES (p_name, p_inter, p_cameo, p_iso3, p_generic)
      ON CONFLICT (name, inter) DO NOTHING
      RETURNING id INTO found;
    IF found IS NULL THEN
      -- Another transaction made it between the look-up and the insert.
      SELECT id INTO found FROM actor WHERE name = p_name AND inter = p_inter;
    END IF;
  END IF;
  RETURN found;
END $$;

CREATE FUNCTION sitrep_place_key(p_geoname_id bigint, p_name text, p_admin1 text, p_iso3 text)
    RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN p_geoname_id IS NOT NULL THEN 'geonames:' || p_geoname_id
              ELSE coalesce(p_iso3, '') || '|' || coalesce(p_admin1, '') || '|' || p_name END
$$;

CREATE FUNCTION sitrep_place_id(e event) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  key text;
  found bigint;
BEGIN
  IF e.location IS NULL THEN
    RETURN NULL;
  END IF;
  key := sitrep_place_key(e.geoname_id, e.location, e.admin1, e.iso3);
  SELECT id INTO found FROM place WHERE place_key = key;
  IF found IS NULL THEN
    INSERT INTO place (place_key, geoname_id, name, feature_code, country, iso3, admin1, admin2,
        latitude, longitude, population)
      VALUES (key, e.geoname_id, e.location, e.feature_code, e.country, e.iso3, e.admin1,
        e.admin2, e.latitude, e.longitude, e.population)
      ON CONFLICT (place_key) DO NOTHING
      RETURNING id INTO found;
    IF found IS NULL THEN
      SELECT id INTO found FROM place WHERE place_key = key;
    END IF;
  END IF;
  RETURN found;
END $$;

CREATE FUNCTION sitrep_event_refs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.actor1_id := sitrep_actor_id(NEW.actor1, NEW.inter1, NEW.actor1_cameo, NEW.actor1_iso3,
      NEW.actor1_generic);
  NEW.actor2_id := sitrep_actor_id(NEW.actor2, NEW.inter2, NEW.actor2_cameo, NEW.actor2_iso3,
      NEW.actor2_generic);
  NEW.place_id := sitrep_place_id(NEW);
  RETURN NEW;
END $$;

CREATE TRIGGER event_refs BEFORE INSERT OR UPDATE OF actor1, inter1, actor2, inter2, geoname_id,
    location, admin1, iso3 ON event
  FOR EACH ROW EXECUTE FUNCTION sitrep_event_refs();

-- The events stored before this migration: the same trigger, fired by touching the coded values.
UPDATE event SET actor1 = actor1;
