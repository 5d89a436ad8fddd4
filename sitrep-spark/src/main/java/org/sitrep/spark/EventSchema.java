package org.sitrep.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The columns of the Parquet output: the fields of {@code docs/schema.md} in its order and with its
 * names, typed, and the evidence as a nested column (an array of structs). Given explicitly, so
 * that every run writes the same schema whatever its events hold (a run where no event has a
 * place still has {@code latitude} as a double).
 */
final class EventSchema {
  private EventSchema() {}

  static final StructType EVIDENCE = new StructType()
      .add("field", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("start", DataTypes.IntegerType)
      .add("end", DataTypes.IntegerType)
      .add("note", DataTypes.StringType);

  static final StructType EVENT = new StructType()
      .add("event_id", DataTypes.StringType)
      .add("article", DataTypes.StringType)
      .add("event_date", DataTypes.DateType)
      .add("time_precision", DataTypes.IntegerType)
      .add("disorder_type", DataTypes.StringType)
      .add("event_type", DataTypes.StringType)
      .add("sub_event_type", DataTypes.StringType)
      .add("actor1", DataTypes.StringType)
      .add("assoc_actor_1", DataTypes.StringType)
      .add("inter1", DataTypes.IntegerType)
      .add("actor2", DataTypes.StringType)
      .add("assoc_actor_2", DataTypes.StringType)
      .add("inter2", DataTypes.IntegerType)
      .add("interaction", DataTypes.IntegerType)
      .add("civilian_targeting", DataTypes.StringType)
      .add("country", DataTypes.StringType)
      .add("iso3", DataTypes.StringType)
      .add("admin1", DataTypes.StringType)
      .add("admin2", DataTypes.StringType)
      .add("location", DataTypes.StringType)
      .add("latitude", DataTypes.DoubleType)
      .add("longitude", DataTypes.DoubleType)
      .add("geo_precision", DataTypes.IntegerType)
      .add("source", DataTypes.StringType)
      .add("notes", DataTypes.StringType)
      .add("fatalities", DataTypes.IntegerType)
      .add("injured", DataTypes.IntegerType)
      .add("captured", DataTypes.IntegerType)
      .add("cameo", DataTypes.StringType)
      .add("plover", DataTypes.StringType)
      .add("modality", DataTypes.StringType)
      .add("confidence", DataTypes.DoubleType)
      .add("evidence", (DataType) DataTypes.createArrayType(EVIDENCE));
}
