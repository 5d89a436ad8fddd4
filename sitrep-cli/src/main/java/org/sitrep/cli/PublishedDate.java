package org.sitrep.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads --published as a real calendar day in ISO form, so "2017-02-30" is refused. */
final class PublishedDate implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      // ISO_LOCAL_DATE resolves strictly: February 30 is an error, not March 2.
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a date; expected YYYY-MM-DD, e.g. 2025-03-12");
    }
  }
}
