package org.sitrep.typing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights of a quantised BERT encoder in its ONNX file, read and rewritten in place, so that
 * a tuned encoder ({@link EncoderAdapter}) runs in ONNX Runtime as the shipped one does.
 *
 * <p>Only what the encoders Sitrep ships need is read, from the file's protobuf form: each
 * initializer's name, shape and where its numbers lie, and each {@code MatMul} node's weight and
 * the {@code Add} node that adds its bias, which is how a linear map is found by its bias's
 * name ({@code encoder.layer.0.attention.self.query.bias}): the exporter named the weights
 * {@code onnx::MatMul_787} and the like. The quantised files hold each linear map's weight as
 * int8 with one scale per output column and zero points of 0, the scale being the column's
 * largest magnitude over 64; a rewritten weight is quantised the same way, so the file keeps its
 * form and its size, and ONNX Runtime its speed. A full-precision file, which tuning starts
 * from, is read the same way, its weights as they are.
 */
public final class OnnxWeights {
  private static final int FLOAT = 1;
  private static final int UINT8 = 2;
  private static final int INT8 = 3;
  /** The quantiser's range: a column's largest magnitude maps to 64. */
  private static final float LEVELS = 64f;

  /** Where one initializer's numbers lie in the file. */
  private record Tensor(String name, long[] dims, int type, int raw, int rawLength,
      int floats, int floatsLength, int ints, int intsLength) {
    int size() {
      long n = 1;
      for (long d : dims) {
        n *= d;
      }
      return (int) n;
    }
  }

  private record Node(String op, List<String> inputs, List<String> outputs) {}

  private final byte[] bytes;
  private final Map<String, Tensor> tensors = new LinkedHashMap<>();
  private final List<Node> nodes = new ArrayList<>();
  /** A linear map's bias name to the name of its weight, without the quantiser's suffix. */
  private final Map<String, String> weightOfBias = new HashMap<>();
  private int at;

  /**
   * @param bytes the ONNX file, rewritten in place by the setters
   * @throws IllegalArgumentException when the bytes are not an ONNX model's protobuf
   */
  public OnnxWeights(byte[] bytes) {
    this.bytes = bytes;
    try {
      readMessage(0, bytes.length, this::modelField);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not an ONNX model (" + e.getMessage() + ")", e);
    }
    for (Node matMul : nodes) {
      if (!matMul.op().equals("MatMul") && !matMul.op().equals("MatMulInteger")) {
        continue;
      }
      String weight = matMul.inputs().stream().filter(tensors::containsKey).findFirst()
          .orElse(null);
      if (weight == null) {
        continue;
      }
      String base = weight.endsWith("_quantized")
          ? weight.substring(0, weight.length() - "_quantized".length()) : weight;
      String product = matMul.outputs().get(0);
      biasOf(product).ifPresent(bias -> weightOfBias.put(bias, base));
    }
  }

  /**
   * The bias added to a product: directly, or after the quantised product is cast and scaled
   * back (MatMulInteger, Cast, Mul, Mul, Add).
   */
  private java.util.Optional<String> biasOf(String product) {
    String value = product;
    for (int step = 0; step < 4; step++) {
      Node next = null;
      for (Node node : nodes) {
        if (node.inputs().contains(value)) {
          next = node;
          break;
        }
      }
      if (next == null) {
        return java.util.Optional.empty();
      }
      if (next.op().equals("Add")) {
        return next.inputs().stream().filter(tensors::containsKey).findFirst();
      }
      value = next.outputs().get(0);
    }
    return java.util.Optional.empty();
  }

  /** The file, with whatever was set since it was read. */
  public byte[] bytes() {
    return bytes;
  }

  /** Whether it holds an initializer of that name. */
  public boolean has(String name) {
    return tensors.containsKey(name);
  }

  /** An initializer's shape. */
  public long[] shape(String name) {
    return tensor(name).dims().clone();
  }

  /** A table's shape, stored as it is or quantised ({@link #table}). */
  public long[] tableShape(String name) {
    return shape(has(name) ? name : name + "_quantized");
  }

  /** A float initializer's numbers (a bias, a layer norm's scale or shift, a table). */
  public float[] floats(String name) {
    Tensor t = tensor(name);
    if (t.type() != FLOAT || t.raw() < 0) {
      throw new IllegalArgumentException(name + " is not a float tensor with raw data");
    }
    float[] out = new float[t.size()];
    ByteBuffer.wrap(bytes, t.raw(), t.rawLength()).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer()
        .get(out);
    return out;
  }

  /** Sets a float initializer's numbers in place; the shape must stay. */
  public void setFloats(String name, float[] values) {
    Tensor t = tensor(name);
    if (t.type() != FLOAT || t.raw() < 0 || values.length != t.size()) {
      throw new IllegalArgumentException(name + ": " + values.length + " numbers for "
          + t.size());
    }
    ByteBuffer.wrap(bytes, t.raw(), t.rawLength()).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer()
        .put(values);
  }

  /** The linear maps' bias names this file has, in the order of the file. */
  public List<String> linearBiases() {
    return tensors.keySet().stream().filter(weightOfBias::containsKey).toList();
  }

  /** A linear map's shape, [inputs, outputs], found by its bias's name. */
  public long[] linearShape(String bias) {
    String weight = weightOfBias.get(bias);
    return weight != null && has(weight) ? shape(weight) : shape(quantised(bias));
  }

  /**
   * A linear map's weight, found by its bias's name: [inputs × outputs], row by row, as the
   * quantised numbers times their column's scale.
   */
  public float[] linear(String bias) {
    String weight = weightOfBias.get(bias);
    if (weight != null && has(weight)) {
      return floats(weight);
    }
    Tensor q = tensor(quantised(bias));
    float[] scale = scales(bias);
    int columns = (int) q.dims()[1];
    float[] out = new float[q.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = bytes[q.raw() + i] * scale[i % columns];
    }
    return out;
  }

  /** Sets a linear map's weight in place, quantised as the file's were: int8, column scales. */
  public void setLinear(String bias, float[] weight) {
    Tensor q = tensor(quantised(bias));
    if (q.type() != INT8 || weight.length != q.size()) {
      throw new IllegalArgumentException(bias + ": " + weight.length + " numbers for "
          + q.size());
    }
    int columns = (int) q.dims()[1];
    float[] scale = new float[columns];
    for (int i = 0; i < weight.length; i++) {
      scale[i % columns] = Math.max(scale[i % columns], Math.abs(weight[i]));
    }
    for (int c = 0; c < columns; c++) {
      scale[c] = scale[c] == 0 ? 1f : scale[c] / LEVELS;
    }
    for (int i = 0; i < weight.length; i++) {
      bytes[q.raw() + i] = (byte) Math.round(weight[i] / scale[i % columns]);
    }
    Tensor s = tensor(weightOfBias.get(bias) + "_scale");
    ByteBuffer.wrap(bytes, s.floats(), s.floatsLength()).order(ByteOrder.LITTLE_ENDIAN)
        .asFloatBuffer().put(scale);
  }

  /**
   * A table of the input layer (word pieces, positions, token types), [rows × dimensions]: as
   * stored, or as its uint8 numbers less the zero point times the one scale.
   */
  public float[] table(String name) {
    if (has(name)) {
      return floats(name);
    }
    Tensor q = tensor(name + "_quantized");
    if (q.type() != UINT8) {
      throw new IllegalArgumentException(name + " is not a uint8 table");
    }
    Tensor s = tensor(name + "_scale");
    float scale = ByteBuffer.wrap(bytes, s.floats(), 4).order(ByteOrder.LITTLE_ENDIAN).getFloat();
    Tensor z = tensor(name + "_zero_point");
    int zero = z.raw() >= 0 ? bytes[z.raw()] & 0xff : (int) varintAt(z.ints());
    float[] out = new float[q.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ((bytes[q.raw() + i] & 0xff) - zero) * scale;
    }
    return out;
  }

  private float[] scales(String bias) {
    Tensor s = tensor(weightOfBias.get(bias) + "_scale");
    float[] out = new float[s.size()];
    ByteBuffer.wrap(bytes, s.floats(), s.floatsLength()).order(ByteOrder.LITTLE_ENDIAN)
        .asFloatBuffer().get(out);
    Tensor z = tensor(weightOfBias.get(bias) + "_zero_point");
    for (int i = z.ints(); i < z.ints() + z.intsLength(); i++) {
      if (bytes[i] != 0) {
        throw new IllegalArgumentException(bias + ": its weight has zero points other than 0");
      }
    }
    return out;
  }

  private String quantised(String bias) {
    String weight = weightOfBias.get(bias);
    if (weight == null || !tensors.containsKey(weight + "_quantized")) {
      throw new IllegalArgumentException(bias + " is the bias of no quantised linear map");
    }
    return weight + "_quantized";
  }

  private Tensor tensor(String name) {
    Tensor t = tensors.get(name);
    if (t == null) {
      throw new IllegalArgumentException("the model has no tensor " + name);
    }
    return t;
  }

  // The protobuf wire form: ModelProto.graph = 7; GraphProto.node = 1, .initializer = 5;
  // TensorProto.dims = 1, .data_type = 2, .float_data = 4, .int32_data = 5, .name = 8,
  // .raw_data = 9; NodeProto.input = 1, .output = 2, .op_type = 4.

  private interface FieldReader {
    /** Reads one field whose key was just read; returns false to have it skipped. */
    boolean read(int field, int wireType);
  }

  private void readMessage(int start, int end, FieldReader reader) {
    at = start;
    while (at < end) {
      long key = varint();
      int field = (int) (key >>> 3);
      int wireType = (int) (key & 7);
      int before = at;
      if (!reader.read(field, wireType)) {
        at = before;
        skip(wireType);
      }
    }
    if (at != end) {
      throw new IllegalStateException("a message overruns its length");
    }
  }

  private boolean modelField(int field, int wireType) {
    if (field != 7 || wireType != 2) {
      return false;
    }
    int length = (int) varint();
    int end = at + length;
    readMessage(at, end, this::graphField);
    at = end;
    return true;
  }

  private boolean graphField(int field, int wireType) {
    if (wireType != 2 || (field != 1 && field != 5)) {
      return false;
    }
    int length = (int) varint();
    int start = at;
    int end = start + length;
    if (field == 5) {
      Tensor t = tensorAt(start, end);
      tensors.put(t.name(), t);
    } else {
      nodes.add(nodeAt(start, end));
    }
    at = end;
    return true;
  }

  private Tensor tensorAt(int start, int end) {
    List<Long> dims = new ArrayList<>();
    int[] found = {0, -1, 0, -1, 0, -1, 0};
    String[] name = {""};
    readMessage(start, end, (field, wireType) -> {
      if (field == 1 && wireType == 0) {
        dims.add(varint());
      } else if (field == 1 && wireType == 2) {
        int stop = (int) varint() + at;
        while (at < stop) {
          dims.add(varint());
        }
      } else if (field == 2 && wireType == 0) {
        found[0] = (int) varint();
      } else if (field == 8 && wireType == 2) {
        name[0] = string();
      } else if (wireType == 2 && (field == 9 || field == 4 || field == 5)) {
        int length = (int) varint();
        int slot = field == 9 ? 1 : field == 4 ? 3 : 5;
        found[slot] = at;
        found[slot + 1] = length;
        at += length;
      } else {
        return false;
      }
      return true;
    });
    return new Tensor(name[0], dims.stream().mapToLong(Long::longValue).toArray(), found[0],
        found[1], found[2], found[3], found[4], found[5], found[6]);
  }

  private Node nodeAt(int start, int end) {
    List<String> inputs = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    String[] op = {""};
    readMessage(start, end, (field, wireType) -> {
      if (wireType != 2 || (field != 1 && field != 2 && field != 4)) {
        return false;
      }
      String s = string();
      if (field == 1) {
        inputs.add(s);
      } else if (field == 2) {
        outputs.add(s);
      } else {
        op[0] = s;
      }
      return true;
    });
    return new Node(op[0], inputs, outputs);
  }

  private String string() {
    int length = (int) varint();
    String s = new String(bytes, at, length, StandardCharsets.UTF_8);
    at += length;
    return s;
  }

  private long varint() {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = bytes[at++] & 0xff;
      value |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IllegalStateException("a varint runs over 64 bits");
  }

  private long varintAt(int offset) {
    int saved = at;
    at = offset;
    long value = varint();
    at = saved;
    return value;
  }

  private void skip(int wireType) {
    switch (wireType) {
      case 0 -> varint();
      case 1 -> at += 8;
      case 2 -> {
        // Not "at += varint()": Java reads at before the call moves it past the length.
        int length = (int) varint();
        at += length;
      }
      case 5 -> at += 4;
      default -> throw new IllegalStateException("wire type " + wireType);
    }
  }
}
