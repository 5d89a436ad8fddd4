package org.sitrep.cli;

import org.sitrep.export.OutputFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads --format by the names users type ("jsonl", "csv", ...), in any case. */
final class FormatName implements ITypeConverter<OutputFormat> {
  @Override
  public OutputFormat convert(String value) {
    return OutputFormat.fromId(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "unknown format '" + value + "'; expected one of " + OutputFormat.ids()));
  }
}
