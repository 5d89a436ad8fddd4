package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an input's bytes into text, or says in one line why they are not a readable report.
 *
 * <p>Decoding is strict: a lenient decoder would put U+FFFD into the text, shift nothing but hide
 * that the user gave us a Latin-1 or Windows-1252 file whose names and numbers we would misread. A
 * leading UTF-8 byte order mark is dropped, so offsets count from the first real character.
 */
final class Utf8Decoder {
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * Above this share of control bytes a file is binary: real reports have almost none, while
   * images, archives and office files are full of them.
   */
  private static final double MAX_CONTROL_SHARE = 0.05;

  /** Only the head is checked for binary content; a binary file shows it in its first bytes. */
  private static final int SNIFF_LENGTH = 8192;

  String decode(ArticleInput input) throws InputProblem {
    byte[] bytes = input.bytes();
    if (bytes.length == 0) {
      throw new InputProblem(input.id(), "is empty; give it the text of a news report");
    }
    rejectUtf16(input.id(), bytes);
    rejectBinary(input.id(), bytes);
    int start = startsWithBom(bytes) ? UTF8_BOM.length : 0;
    String text = strictDecode(input.id(), bytes, start);
    if (text.isBlank()) {
      throw new InputProblem(
          input.id(), "is empty (only whitespace); give it the text of a news report");
    }
    return text;
  }

  /** UTF-16 text is full of NUL bytes; naming the encoding is a better fix than "binary". */
  private static void rejectUtf16(String id, byte[] bytes) throws InputProblem {
    if (bytes.length >= 2) {
      int b0 = bytes[0] & 0xFF;
      int b1 = bytes[1] & 0xFF;
      if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
        throw new InputProblem(id, "is UTF-16 text, not UTF-8; save it as UTF-8");
      }
    }
  }

  private static void rejectBinary(String id, byte[] bytes) throws InputProblem {
    int length = Math.min(bytes.length, SNIFF_LENGTH);
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new InputProblem(
            id,
            "looks like a binary file, not text (NUL byte at offset "
                + i
                + "); give a plain-text news report saved as UTF-8");
      }
      if (isControl(b)) {
        controls++;
      }
    }
    if (controls > MAX_CONTROL_SHARE * length) {
      throw new InputProblem(
          id,
          "looks like a binary file, not text ("
              + controls
              + " control bytes in the first "
              + length
              + "); give a plain-text news report saved as UTF-8");
    }
  }

  /** Tab, line feed, form feed and carriage return occur in text; other C0 bytes and DEL do not. */
  private static boolean isControl(int b) {
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F;
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3
        && bytes[0] == UTF8_BOM[0]
        && bytes[1] == UTF8_BOM[1]
        && bytes[2] == UTF8_BOM[2];
  }

  /**
   * Decodes with REPORT so the first bad byte stops us; decoding by hand (not {@code
   * Charset.decode}) keeps the buffer position, which is the offset the user needs to find it.
   */
  private static String strictDecode(String id, byte[] bytes, int start) throws InputProblem {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new InputProblem(
          id, "is not valid UTF-8 (bad byte at offset " + in.position() + "); save it as UTF-8");
    }
    return out.flip().toString();
  }
}
