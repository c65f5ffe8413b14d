package io.geowire.tune;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The float weights (initializers) and the node list of an ONNX model, read straight from its protobuf bytes with a
 * small wire-format reader: ModelProto.graph (7) holds GraphProto.node (1) and GraphProto.initializer (5); a
 * TensorProto has dims (1), data_type (2), float_data (4), name (8) and raw_data (9, little-endian). Only what the
 * fine-tuning needs is read; tensors other than float32 are skipped.
 */
public final class OnnxWeights {
    /** ONNX TensorProto.DataType FLOAT. */
    private static final int FLOAT = 1;

    /** A float tensor: its shape and values in row-major order. */
    public record Tensor(String name, long[] dims, float[] values) {
        public int size() {
            return values.length;
        }
    }

    /** A graph node: its name, operator and input/output value names. */
    public record Node(String name, String opType, List<String> inputs, List<String> outputs) {
    }

    private final Map<String, Tensor> tensors = new LinkedHashMap<>();
    private final List<Node> nodes = new ArrayList<>();

    private OnnxWeights() {
    }

    public static OnnxWeights read(byte[] model) {
        OnnxWeights w = new OnnxWeights();
        Wire m = new Wire(ByteBuffer.wrap(model));
        while (m.more()) {
            int tag = m.tag();
            if (tag >>> 3 == 7 && (tag & 7) == 2) {
                w.graph(m.sub());
            } else {
                m.skip(tag);
            }
        }
        return w;
    }

    public Map<String, Tensor> tensors() {
        return tensors;
    }

    public List<Node> nodes() {
        return nodes;
    }

    /** The float tensor of that name; an unknown name is an error (the graph is not the one expected). */
    public Tensor tensor(String name) {
        Tensor t = tensors.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no float initializer named " + name);
        }
        return t;
    }

    private void graph(Wire g) {
        while (g.more()) {
            int tag = g.tag();
            int field = tag >>> 3;
            if (field == 1 && (tag & 7) == 2) {
                nodes.add(node(g.sub()));
            } else if (field == 5 && (tag & 7) == 2) {
                Tensor t = tensor(g.sub());
                if (t != null) {
                    tensors.put(t.name(), t);
                }
            } else {
                g.skip(tag);
            }
        }
    }

    private static Node node(Wire n) {
        String name = "";
        String op = "";
        List<String> in = new ArrayList<>();
        List<String> out = new ArrayList<>();
        while (n.more()) {
            int tag = n.tag();
            switch (tag >>> 3) {
                case 1 -> in.add(n.string());
                case 2 -> out.add(n.string());
                case 3 -> name = n.string();
                case 4 -> op = n.string();
                default -> n.skip(tag);
            }
        }
        return new Node(name, op, List.copyOf(in), List.copyOf(out));
    }

    private static Tensor tensor(Wire t) {
        List<Long> dims = new ArrayList<>();
        int type = 0;
        String name = "";
        ByteBuffer raw = null;
        List<Float> floats = new ArrayList<>();
        while (t.more()) {
            int tag = t.tag();
            int field = tag >>> 3;
            int wire = tag & 7;
            if (field == 1 && wire == 0) {
                dims.add(t.varint());
            } else if (field == 1 && wire == 2) {
                Wire p = t.sub();
                while (p.more()) {
                    dims.add(p.varint());
                }
            } else if (field == 2 && wire == 0) {
                type = (int) t.varint();
            } else if (field == 4 && wire == 2) {
                ByteBuffer p = t.bytes().order(ByteOrder.LITTLE_ENDIAN);
                while (p.remaining() >= 4) {
                    floats.add(p.getFloat());
                }
            } else if (field == 4 && wire == 5) {
                floats.add(Float.intBitsToFloat(t.fixed32()));
            } else if (field == 8 && wire == 2) {
                name = t.string();
            } else if (field == 9 && wire == 2) {
                raw = t.bytes().order(ByteOrder.LITTLE_ENDIAN);
            } else {
                t.skip(tag);
            }
        }
        if (type != FLOAT) {
            return null;
        }
        long[] d = dims.stream().mapToLong(Long::longValue).toArray();
        float[] values;
        if (raw != null) {
            values = new float[raw.remaining() / 4];
            raw.asFloatBuffer().get(values);
        } else {
            values = new float[floats.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = floats.get(i);
            }
        }
        long expected = 1;
        for (long x : d) {
            expected *= x;
        }
        if (expected != values.length) {
            throw new IllegalArgumentException("tensor " + name + ": " + values.length + " values for dims "
                    + java.util.Arrays.toString(d));
        }
        return new Tensor(name, d, values);
    }

    /** Protobuf wire format over a buffer slice. */
    static final class Wire {
        private final ByteBuffer b;

        Wire(ByteBuffer b) {
            this.b = b;
        }

        boolean more() {
            return b.hasRemaining();
        }

        int tag() {
            return (int) varint();
        }

        long varint() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte x = b.get();
                v |= (long) (x & 0x7f) << shift;
                if (x >= 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("malformed varint");
        }

        int fixed32() {
            return b.order(ByteOrder.LITTLE_ENDIAN).getInt();
        }

        ByteBuffer bytes() {
            int n = (int) varint();
            ByteBuffer s = b.slice(b.position(), n);
            b.position(b.position() + n);
            return s;
        }

        Wire sub() {
            return new Wire(bytes());
        }

        String string() {
            ByteBuffer s = bytes();
            byte[] a = new byte[s.remaining()];
            s.get(a);
            return new String(a, StandardCharsets.UTF_8);
        }

        void skip(int tag) {
            switch (tag & 7) {
                case 0 -> varint();
                case 1 -> b.position(b.position() + 8);
                case 2 -> bytes();
                case 5 -> b.position(b.position() + 4);
                default -> throw new IllegalArgumentException("unsupported wire type " + (tag & 7));
            }
        }
    }
}
