package io.geowire.tune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import java.util.ArrayList;
import java.util.List;

/** Batches of token ids through {@link MiniLmTorch}, and small vector helpers. */
public final class Vectors {
    private Vectors() {
    }

    /** A padded batch: ids [B][T] (0-padded) and the 0/1 mask. */
    public record Batch(long[][] ids, long[][] mask) {
        public static Batch of(List<long[]> sentences) {
            int t = 0;
            for (long[] s : sentences) {
                t = Math.max(t, s.length);
            }
            long[][] ids = new long[sentences.size()][t];
            long[][] mask = new long[sentences.size()][t];
            for (int i = 0; i < ids.length; i++) {
                long[] s = sentences.get(i);
                System.arraycopy(s, 0, ids[i], 0, s.length);
                java.util.Arrays.fill(mask[i], 0, s.length, 1);
            }
            return new Batch(ids, mask);
        }
    }

    /** Mean-pooled last hidden states (not normalised) of each sentence, no gradient kept. */
    public static List<float[]> pooled(MiniLmTorch model, List<long[]> sentences) {
        Batch b = Batch.of(sentences);
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray mask = m.create(b.mask());
            NDArray h = model.layers(0, MiniLmTorch.LAYERS, model.embed(m, b.ids()), MiniLmTorch.attentionMask(mask));
            return rows(MiniLmTorch.meanPool(h, mask));
        }
    }

    /** The rows of a [B, D] array. */
    public static List<float[]> rows(NDArray a) {
        int d = (int) a.getShape().get(1);
        float[] all = a.toFloatArray();
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < all.length / d; i++) {
            out.add(java.util.Arrays.copyOfRange(all, i * d, (i + 1) * d));
        }
        return out;
    }

    public static double cosine(float[] a, float[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (double) a[i] * b[i];
            aa += (double) a[i] * a[i];
            bb += (double) b[i] * b[i];
        }
        return ab / Math.sqrt(aa * bb);
    }

    /** The vector scaled to length 1 (a copy), as the project's encoders return theirs. */
    public static float[] normalised(float[] v) {
        double s = 0;
        for (float f : v) {
            s += f * f;
        }
        float[] out = new float[v.length];
        double n = Math.sqrt(s);
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / n);
        }
        return out;
    }
}
