package org.sitrep.place;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.StoredFieldVisitor;
import org.sitrep.model.Place;

/**
 * The layout of one gazetteer document, written by {@link LuceneIndexBuilder} and read by
 * {@link LuceneGazetteer}. A place document stores its {@link Place} fields and the curated flag,
 * and indexes every name under {@link PlaceNameAnalyzer#KEY} and {@link PlaceNameAnalyzer#VARIANT}
 * (main name also under the MAIN_ fields), its GeoNames id under {@link #GEONAME_ID} and its
 * feature code under {@link #FEATURE}. An alias document holds one alternate name of the place
 * stored in {@link #ALIAS_OF}, so alternateNamesV2 never has to be joined in memory.
 */
final class PlaceDocuments {
  static final String GEONAME_ID = "gid";
  static final String FEATURE = "fc";
  static final String ALIAS_OF = "alias_of";
  private static final String ID = "id";
  private static final String NAME = "name";
  private static final String LATITUDE = "lat";
  private static final String LONGITUDE = "lon";
  private static final String COUNTRY = "country";
  private static final String ISO3 = "iso3";
  private static final String ADMIN1 = "admin1";
  private static final String ADMIN2 = "admin2";
  private static final String POPULATION = "pop";
  private static final String CURATED = "curated";

  /** Names are searched for presence only: no frequencies, positions or norms. */
  private static final FieldType NAME_TYPE = new FieldType();

  static {
    NAME_TYPE.setIndexOptions(IndexOptions.DOCS);
    NAME_TYPE.setTokenized(true);
    NAME_TYPE.setOmitNorms(true);
    NAME_TYPE.freeze();
  }

  private PlaceDocuments() {}

  static Document place(GazetteerEntry entry) {
    Place p = entry.place();
    Document doc = new Document();
    doc.add(new StoredField(ID, p.geonameId()));
    doc.add(new StoredField(NAME, p.name()));
    doc.add(new StoredField(LATITUDE, p.latitude()));
    doc.add(new StoredField(LONGITUDE, p.longitude()));
    doc.add(new StringField(FEATURE, p.featureCode(), Field.Store.YES));
    doc.add(new StoredField(COUNTRY, p.country()));
    doc.add(new StoredField(ISO3, p.iso3()));
    doc.add(new StoredField(ADMIN1, p.admin1()));
    doc.add(new StoredField(ADMIN2, p.admin2()));
    doc.add(new StoredField(POPULATION, p.population()));
    doc.add(new StoredField(CURATED, entry.curated() ? 1 : 0));
    if (p.geonameId() != 0) {
      doc.add(new StringField(GEONAME_ID, Long.toString(p.geonameId()), Field.Store.NO));
    }
    doc.add(new Field(PlaceNameAnalyzer.MAIN_KEY, entry.name(), NAME_TYPE));
    doc.add(new Field(PlaceNameAnalyzer.MAIN_VARIANT, entry.name(), NAME_TYPE));
    addName(doc, entry.name());
    for (String alternate : entry.alternates()) {
      addName(doc, alternate);
    }
    return doc;
  }

  static Document alias(long geonameId, String name) {
    Document doc = new Document();
    doc.add(new StoredField(ALIAS_OF, geonameId));
    addName(doc, name);
    return doc;
  }

  private static void addName(Document doc, String name) {
    doc.add(new Field(PlaceNameAnalyzer.KEY, name, NAME_TYPE));
    doc.add(new Field(PlaceNameAnalyzer.VARIANT, name, NAME_TYPE));
  }

  /** Reads one stored document: a place, or the id of the place an alias names. */
  static final class Reader extends StoredFieldVisitor {
    private long id;
    private long aliasOf;
    private String name = "";
    private double latitude;
    private double longitude;
    private String feature = "";
    private String country = "";
    private String iso3 = "";
    private String admin1 = "";
    private String admin2 = "";
    private long population;
    private boolean curated;

    @Override
    public Status needsField(FieldInfo field) {
      // An alias holds nothing after its marker.
      return aliasOf != 0 ? Status.STOP : Status.YES;
    }

    @Override
    public void stringField(FieldInfo field, String value) {
      switch (field.name) {
        case NAME -> name = value;
        case FEATURE -> feature = value;
        case COUNTRY -> country = value;
        case ISO3 -> iso3 = value;
        case ADMIN1 -> admin1 = value;
        case ADMIN2 -> admin2 = value;
        default -> { }
      }
    }

    @Override
    public void longField(FieldInfo field, long value) {
      switch (field.name) {
        case ID -> id = value;
        case ALIAS_OF -> aliasOf = value;
        case POPULATION -> population = value;
        default -> { }
      }
    }

    @Override
    public void intField(FieldInfo field, int value) {
      if (field.name.equals(CURATED)) {
        curated = value == 1;
      }
    }

    @Override
    public void doubleField(FieldInfo field, double value) {
      if (field.name.equals(LATITUDE)) {
        latitude = value;
      } else if (field.name.equals(LONGITUDE)) {
        longitude = value;
      }
    }

    /** The GeoNames id of the place this alias names, or 0 when the document is a place. */
    long aliasOf() {
      return aliasOf;
    }

    boolean curated() {
      return curated;
    }

    Place place() {
      return new Place(id, name, latitude, longitude, feature, country, iso3, admin1, admin2,
          population);
    }
  }
}
