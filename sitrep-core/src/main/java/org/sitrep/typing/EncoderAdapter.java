package org.sitrep.typing;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * What tuning changed in a sentence encoder ({@code sitrep tune}): for each layer's six linear
 * maps a low-rank addition to the weight (two thin matrices, {@code a} [inputs × rank] and
 * {@code b} [rank × outputs], whose product times {@link #scale} is added) and a new bias, and
 * each layer's two layer norms anew. The word-piece tables stay as shipped.
 *
 * <p>Tuning only these keeps the file small (about 1.5 MB for MiniLM at rank 8, against the
 * encoder's 23) while the encoder still learns what tells ACLED's types apart. Applied to the
 * shipped quantised encoder ({@link #applyTo}), it gives an encoder of the same form and speed.
 *
 * @param base the id of the {@link EmbedderModel} it was tuned from
 * @param rank the inner size of each weight's addition
 * @param scale what each addition is multiplied by
 * @param tensors by name ({@code 0.query.a}, {@code 0.query.b}, {@code 0.query.bias},
 *     {@code 0.attention-norm.gamma}, …), each with its shape
 */
public record EncoderAdapter(String base, int rank, float scale, Map<String, Tensor> tensors) {
  private static final String MAGIC = "SITREP-ENCODER-ADAPTER";
  private static final int VERSION = 1;

  /** The six linear maps of a BERT layer as this file names them, and as the ONNX file does. */
  public static final List<String> MAPS = List.of("query", "key", "value", "attention-output",
      "intermediate", "output");
  private static final List<String> ONNX_BIASES = List.of("attention.self.query.bias",
      "attention.self.key.bias", "attention.self.value.bias", "attention.output.dense.bias",
      "intermediate.dense.bias", "output.dense.bias");
  /** The two layer norms of a BERT layer, here and in the ONNX file. */
  public static final List<String> NORMS = List.of("attention-norm", "output-norm");
  private static final List<String> ONNX_NORMS = List.of("attention.output.LayerNorm",
      "output.LayerNorm");

  /** A tensor's shape and numbers, row by row. */
  public record Tensor(long[] shape, float[] values) {
    public Tensor {
      long n = 1;
      for (long d : shape) {
        n *= d;
      }
      if (n != values.length) {
        throw new IllegalArgumentException("a tensor of shape " + java.util.Arrays.toString(shape)
            + " with " + values.length + " numbers");
      }
    }
  }

  public EncoderAdapter {
    tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
  }

  /** The number of layers it tunes. */
  public int layers() {
    int n = 0;
    while (tensors.containsKey(n + ".query.a")) {
      n++;
    }
    return n;
  }

  /** The ONNX file's name of a layer's linear map's bias. */
  public static String onnxBias(int layer, int map) {
    return "encoder.layer." + layer + "." + ONNX_BIASES.get(map);
  }

  /** The ONNX file's name of a layer's norm's scale ("weight") or shift ("bias"). */
  public static String onnxNorm(int layer, int norm, boolean scale) {
    return "encoder.layer." + layer + "." + ONNX_NORMS.get(norm) + (scale ? ".weight" : ".bias");
  }

  /**
   * Rewrites the encoder's weights in place: each linear map's weight plus its low-rank addition,
   * requantised as the file's were, and the new biases and norms.
   *
   * @throws IllegalArgumentException when the encoder has other layers or shapes
   */
  public void applyTo(OnnxWeights encoder) {
    for (int layer = 0; layer < layers(); layer++) {
      for (int m = 0; m < MAPS.size(); m++) {
        String bias = onnxBias(layer, m);
        String name = layer + "." + MAPS.get(m);
        long[] shape = encoder.linearShape(bias);
        float[] weight = encoder.linear(bias);
        addProduct(weight, (int) shape[0], (int) shape[1], tensor(name + ".a"),
            tensor(name + ".b"));
        encoder.setLinear(bias, weight);
        encoder.setFloats(bias, tensor(name + ".bias").values());
      }
      for (int n = 0; n < NORMS.size(); n++) {
        String name = layer + "." + NORMS.get(n);
        encoder.setFloats(onnxNorm(layer, n, true), tensor(name + ".gamma").values());
        encoder.setFloats(onnxNorm(layer, n, false), tensor(name + ".beta").values());
      }
    }
  }

  private void addProduct(float[] weight, int inputs, int outputs, Tensor a, Tensor b) {
    if (a.shape()[0] != inputs || a.shape()[1] != rank || b.shape()[0] != rank
        || b.shape()[1] != outputs) {
      throw new IllegalArgumentException("the adapter's shapes do not fit the encoder's ["
          + inputs + " × " + outputs + "] map");
    }
    float[] av = a.values();
    float[] bv = b.values();
    for (int i = 0; i < inputs; i++) {
      for (int k = 0; k < rank; k++) {
        float x = av[i * rank + k] * scale;
        if (x == 0) {
          continue;
        }
        int row = i * outputs;
        int from = k * outputs;
        for (int o = 0; o < outputs; o++) {
          weight[row + o] += x * bv[from + o];
        }
      }
    }
  }

  private Tensor tensor(String name) {
    Tensor t = tensors.get(name);
    if (t == null) {
      throw new IllegalArgumentException("the adapter lacks " + name);
    }
    return t;
  }

  /** A short name for it, from its numbers: which tuning an embedder and a type model share. */
  public String id() {
    CRC32 crc = new CRC32();
    crc.update(bytes());
    return String.format(Locale.ROOT, "%08x", crc.getValue());
  }

  /** Writes its file form whole or not at all. */
  public void write(java.nio.file.Path file) throws IOException {
    Checksummed.write(file, bytes());
  }

  /** Its file form, checksummed. */
  public byte[] bytes() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      out.writeUTF(MAGIC);
      out.writeInt(VERSION);
      out.writeUTF(base);
      out.writeInt(rank);
      out.writeFloat(scale);
      out.writeInt(tensors.size());
      for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
        out.writeUTF(e.getKey());
        long[] shape = e.getValue().shape();
        out.writeInt(shape.length);
        for (long d : shape) {
          out.writeLong(d);
        }
        for (float v : e.getValue().values()) {
          out.writeFloat(v);
        }
      }
      out.write(Checksummed.trailer(buffer.toByteArray()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }

  /**
   * Reads one from its file form.
   *
   * @param name the file, for messages
   * @throws TypeModelException when the bytes are not an adapter, or damaged
   */
  public static EncoderAdapter read(byte[] bytes, String name) {
    Checksummed.check(bytes, MAGIC, name + ": not a Sitrep encoder adapter",
        name + ": the adapter is damaged (checksum differs)");
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
      in.readUTF();
      int version = in.readInt();
      if (version != VERSION) {
        throw new TypeModelException(name + ": adapter format " + version
            + " is not one this Sitrep reads (it reads " + VERSION + ")");
      }
      String base = in.readUTF();
      int rank = in.readInt();
      float scale = in.readFloat();
      int count = in.readInt();
      Map<String, Tensor> tensors = new LinkedHashMap<>();
      for (int t = 0; t < count; t++) {
        String key = in.readUTF();
        long[] shape = new long[in.readInt()];
        long size = 1;
        for (int d = 0; d < shape.length; d++) {
          shape[d] = in.readLong();
          size *= shape[d];
        }
        if (size < 0 || size > bytes.length / 4) {
          throw new TypeModelException(name + ": a tensor larger than the file");
        }
        float[] values = new float[(int) size];
        for (int i = 0; i < values.length; i++) {
          values[i] = in.readFloat();
        }
        tensors.put(key, new Tensor(shape, values));
      }
      return new EncoderAdapter(base, rank, scale, tensors);
    } catch (EOFException | java.io.UTFDataFormatException e) {
      throw new TypeModelException(name + ": the adapter is truncated");
    } catch (IOException e) {
      throw new TypeModelException(name + ": cannot read the adapter: " + e.getMessage(), e);
    }
  }
}
