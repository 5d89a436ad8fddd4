package org.sitrep.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reports how many bytes are read through it, for a progress bar. Not API. */
public final class CountingInputStream extends FilterInputStream {
  private final LongConsumer counted;

  public CountingInputStream(InputStream in, LongConsumer counted) {
    super(in);
    this.counted = counted;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted.accept(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted.accept(n);
    }
    return n;
  }
}
