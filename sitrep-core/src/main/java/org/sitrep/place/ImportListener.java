package org.sitrep.place;

/**
 * What an import tells its caller as it goes: bytes read (for a progress bar) and malformed lines,
 * which are skipped, not fatal.
 */
public interface ImportListener {
  /** An import of the bundled files, where a malformed line is a packaging bug. */
  ImportListener STRICT = new ImportListener() {
    @Override
    public void problem(String message) {
      throw new IllegalStateException("bundled gazetteer file is malformed: " + message);
    }
  };

  /** More bytes of the inputs were read; called often, from the reading thread. */
  default void bytesRead(long bytes) {}

  /** More lines of the inputs were read; called every few thousand lines and at a file's end. */
  default void rowsRead(long rows) {}

  /** A line was skipped: "FILE line N: problem". */
  void problem(String message);
}
