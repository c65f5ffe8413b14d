package io.geowire.tune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 (BERT: 6 layers, width 384, 12 heads, GELU with erf, LayerNorm eps 1e-12) written out in DJL
 * NDArray operations on libtorch, its weights taken from the fp32 ONNX model's initializers, so that its top layers
 * can be trained. The forward pass is the ONNX graph's: embeddings (word + position + token type 0, LayerNorm), then per
 * layer self-attention with an additive mask, residual and LayerNorm, then the GELU feed-forward, residual and
 * LayerNorm. The word-embedding lookup is done in Java (the embeddings are never trained).
 */
public final class MiniLmTorch implements AutoCloseable {
    public static final int LAYERS = 6;
    public static final int WIDTH = 384;
    static final int HEADS = 12;
    static final int HEAD_WIDTH = WIDTH / HEADS;
    /** BERT's LayerNorm epsilon (the ONNX graph's LayerNorm/Constant_1). */
    static final float EPS = 1e-12f;
    /** What a padded position adds to the attention scores: far below any real score, still finite in fp32. */
    static final float MASKED = -1e9f;

    /** The parameter names of one layer, in the order they are listed (and trained). */
    static final List<String> LAYER_PARAMETERS = List.of("q", "qb", "k", "kb", "v", "vb", "ao", "aob", "ln1w", "ln1b",
            "in", "inb", "out", "outb", "ln2w", "ln2b");

    private final NDManager manager;
    private final float[] wordEmbeddings;
    private final float[] positionEmbeddings;
    private final float[] typeEmbedding;
    private final NDArray embLnW;
    private final NDArray embLnB;
    private final List<Map<String, NDArray>> layers = new ArrayList<>();

    private MiniLmTorch(NDManager manager, OnnxWeights w) {
        this.manager = manager;
        wordEmbeddings = w.tensor("embeddings.word_embeddings.weight").values();
        positionEmbeddings = w.tensor("embeddings.position_embeddings.weight").values();
        typeEmbedding = java.util.Arrays.copyOf(w.tensor("embeddings.token_type_embeddings.weight").values(), WIDTH);
        embLnW = array(w.tensor("embeddings.LayerNorm.weight"));
        embLnB = array(w.tensor("embeddings.LayerNorm.bias"));
        Map<String, String> matMuls = matMulWeights(w);
        for (int l = 0; l < LAYERS; l++) {
            String p = "encoder.layer." + l + ".";
            String n = "/encoder/layer." + l + "/";
            Map<String, NDArray> m = new LinkedHashMap<>();
            m.put("q", array(w.tensor(matMuls.get(n + "attention/self/query/MatMul"))));
            m.put("qb", array(w.tensor(p + "attention.self.query.bias")));
            m.put("k", array(w.tensor(matMuls.get(n + "attention/self/key/MatMul"))));
            m.put("kb", array(w.tensor(p + "attention.self.key.bias")));
            m.put("v", array(w.tensor(matMuls.get(n + "attention/self/value/MatMul"))));
            m.put("vb", array(w.tensor(p + "attention.self.value.bias")));
            m.put("ao", array(w.tensor(matMuls.get(n + "attention/output/dense/MatMul"))));
            m.put("aob", array(w.tensor(p + "attention.output.dense.bias")));
            m.put("ln1w", array(w.tensor(p + "attention.output.LayerNorm.weight")));
            m.put("ln1b", array(w.tensor(p + "attention.output.LayerNorm.bias")));
            m.put("in", array(w.tensor(matMuls.get(n + "intermediate/dense/MatMul"))));
            m.put("inb", array(w.tensor(p + "intermediate.dense.bias")));
            m.put("out", array(w.tensor(matMuls.get(n + "output/dense/MatMul"))));
            m.put("outb", array(w.tensor(p + "output.dense.bias")));
            m.put("ln2w", array(w.tensor(p + "output.LayerNorm.weight")));
            m.put("ln2b", array(w.tensor(p + "output.LayerNorm.bias")));
            layers.add(m);
        }
    }

    /** The model from the ONNX weights; its arrays live in {@code manager}. */
    public static MiniLmTorch load(NDManager manager, OnnxWeights weights) {
        return new MiniLmTorch(manager, weights);
    }

    /**
     * MatMul node name to the initializer it multiplies by: the exporter names those weights "onnx::MatMul_N", so the
     * node that reads each one says which layer and projection it is. Stored [in, out]: x.matMul(W).
     */
    static Map<String, String> matMulWeights(OnnxWeights w) {
        Map<String, String> out = new LinkedHashMap<>();
        for (OnnxWeights.Node n : w.nodes()) {
            if (n.opType().equals("MatMul")) {
                for (String in : n.inputs()) {
                    if (w.tensors().containsKey(in)) {
                        out.put(n.name(), in);
                    }
                }
            }
        }
        return out;
    }

    private NDArray array(OnnxWeights.Tensor t) {
        return manager.create(t.values(), new Shape(t.dims()));
    }

    /** The parameters of layer {@code l} (live arrays: training them changes the model). */
    public Map<String, NDArray> layer(int l) {
        return layers.get(l);
    }

    /** Word + position + type embeddings of a padded batch, LayerNorm applied: [B, T, 384] in {@code m}. */
    public NDArray embed(NDManager m, long[][] ids) {
        int b = ids.length;
        int t = ids[0].length;
        float[] x = new float[b * t * WIDTH];
        for (int i = 0; i < b; i++) {
            for (int j = 0; j < t; j++) {
                int at = (i * t + j) * WIDTH;
                int word = (int) ids[i][j] * WIDTH;
                int pos = j * WIDTH;
                for (int k = 0; k < WIDTH; k++) {
                    x[at + k] = wordEmbeddings[word + k] + typeEmbedding[k] + positionEmbeddings[pos + k];
                }
            }
        }
        return layerNorm(m.create(x, new Shape(b, t, WIDTH)), embLnW, embLnB);
    }

    /** The additive attention mask [B, 1, 1, T] of a 0/1 mask [B, T]. */
    public static NDArray attentionMask(NDArray mask) {
        return mask.toType(ai.djl.ndarray.types.DataType.FLOAT32, false).neg().add(1).mul(MASKED)
                .expandDims(1).expandDims(1);
    }

    /** Layer {@code l} on hidden states x [B, T, 384] with the additive mask [B, 1, 1, T]. */
    public NDArray layer(int l, NDArray x, NDArray maskAdd) {
        Map<String, NDArray> p = layers.get(l);
        long b = x.getShape().get(0);
        long t = x.getShape().get(1);
        NDArray q = heads(x.matMul(p.get("q")).add(p.get("qb")), b, t);
        NDArray k = heads(x.matMul(p.get("k")).add(p.get("kb")), b, t);
        NDArray v = heads(x.matMul(p.get("v")).add(p.get("vb")), b, t);
        NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).div((float) Math.sqrt(HEAD_WIDTH)).add(maskAdd);
        NDArray context = scores.softmax(-1).matMul(v).transpose(0, 2, 1, 3).reshape(b, t, WIDTH);
        NDArray attended = layerNorm(context.matMul(p.get("ao")).add(p.get("aob")).add(x), p.get("ln1w"),
                p.get("ln1b"));
        NDArray inner = gelu(attended.matMul(p.get("in")).add(p.get("inb")));
        return layerNorm(inner.matMul(p.get("out")).add(p.get("outb")).add(attended), p.get("ln2w"), p.get("ln2b"));
    }

    private static NDArray heads(NDArray x, long b, long t) {
        return x.reshape(b, t, HEADS, HEAD_WIDTH).transpose(0, 2, 1, 3);
    }

    /** x * (1 + erf(x / sqrt 2)) / 2, the exact GELU of the graph. */
    static NDArray gelu(NDArray x) {
        return x.mul(x.div((float) Math.sqrt(2)).erf().add(1)).mul(0.5f);
    }

    /** LayerNorm over the last axis, as the graph computes it (population variance, eps inside the root). */
    static NDArray layerNorm(NDArray x, NDArray w, NDArray bias) {
        NDArray centred = x.sub(x.mean(new int[] {-1}, true));
        NDArray variance = centred.pow(2).mean(new int[] {-1}, true);
        return centred.div(variance.add(EPS).sqrt()).mul(w).add(bias);
    }

    /** Mean of the hidden states over the unmasked tokens: [B, 384]. */
    public static NDArray meanPool(NDArray x, NDArray mask) {
        NDArray m = mask.toType(ai.djl.ndarray.types.DataType.FLOAT32, false).expandDims(-1);
        return x.mul(m).sum(new int[] {1}).div(m.sum(new int[] {1}));
    }

    /** Layers {@code from} (inclusive) to {@code to} (exclusive) on x. */
    public NDArray layers(int from, int to, NDArray x, NDArray maskAdd) {
        NDArray h = x;
        for (int l = from; l < to; l++) {
            h = layer(l, h, maskAdd);
        }
        return h;
    }

    @Override
    public void close() {
        manager.close();
    }
}
