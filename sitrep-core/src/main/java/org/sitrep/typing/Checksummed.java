package org.sitrep.typing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * The form of Sitrep's binary model files (type models, encoder adapters): a magic word first, in
 * {@code writeUTF}'s form, and the CRC-32 of everything before it last, so that a truncated,
 * damaged or foreign file is refused rather than read as nonsense.
 */
final class Checksummed {
  private Checksummed() {}

  /**
   * @param refusal the message when the bytes do not start with the magic word
   * @param damage the message when they do but the checksum differs
   * @throws TypeModelException with one of the two messages
   */
  static void check(byte[] bytes, String magic, String refusal, String damage) {
    byte[] word = magic.getBytes(StandardCharsets.US_ASCII);
    // writeUTF's form: a two-byte length, then the characters.
    if (bytes.length < word.length + 10 || bytes[0] != 0 || bytes[1] != word.length
        || !Arrays.equals(bytes, 2, 2 + word.length, word, 0, word.length)) {
      throw new TypeModelException(refusal);
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 8);
    if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong()) {
      throw new TypeModelException(damage);
    }
  }

  /**
   * Writes the file whole or not at all: to a file beside it, then moved over it, so that a
   * failed write leaves the one before it in place.
   */
  static void write(java.nio.file.Path file, byte[] bytes) throws java.io.IOException {
    java.nio.file.Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    java.nio.file.Files.write(tmp, bytes);
    java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** The checksum to write last, of everything written before it. */
  static byte[] trailer(byte[] body) {
    CRC32 crc = new CRC32();
    crc.update(body);
    return ByteBuffer.allocate(8).putLong(crc.getValue()).array();
  }
}
