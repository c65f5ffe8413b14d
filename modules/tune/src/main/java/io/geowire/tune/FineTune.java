package io.geowire.tune;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import io.geowire.extract.learned.LabelledSentence;
import io.geowire.extract.learned.SentenceModel;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Fine-tunes the top layers of all-MiniLM-L6-v2 (fp32, {@link MiniLmTorch}) on the labelled train sentences with a
 * multi-label head for the three event types (sigmoid, positives weighted by sqrt(negatives / positives)) and, with
 * {@code polarity}, a stance-polarity head on the stance sentences. The lower {@code frozen} layers are run once and
 * their outputs kept, so an epoch costs only the trained layers. AdamW (bias-corrected, decoupled weight decay 0.01,
 * no decay on biases and LayerNorm), a linear warm-up over the first 10% of steps and linear decay, fixed seed.
 * After each epoch the dev sentences' AP per type of the type head is printed; at the end the tuned mean-pooled vectors
 * (length 1) of every train and dev sentence are written for {@link Harness}.
 */
public final class FineTune {
    /** Settings of one run. */
    public record Settings(int frozen, int epochs, double lr, double headLr, int batch, long seed, boolean polarity,
                           int maxTrain, int fold, int folds) {
        static Settings parse(String[] args) {
            Map<String, String> o = new LinkedHashMap<>();
            for (int i = 2; i + 1 < args.length; i += 2) {
                o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            return new Settings(Integer.parseInt(o.getOrDefault("frozen", "4")),
                    Integer.parseInt(o.getOrDefault("epochs", "3")),
                    Double.parseDouble(o.getOrDefault("lr", "5e-5")),
                    Double.parseDouble(o.getOrDefault("head-lr", "1e-3")),
                    Integer.parseInt(o.getOrDefault("batch", "32")),
                    Long.parseLong(o.getOrDefault("seed", "7")),
                    Boolean.parseBoolean(o.getOrDefault("polarity", "true")),
                    Integer.parseInt(o.getOrDefault("max-train", "0")),
                    Integer.parseInt(o.getOrDefault("fold", "-1")),
                    Integer.parseInt(o.getOrDefault("folds", "2")));
        }
    }

    private static final int TYPES = SentenceModel.TYPES.size();
    private static final List<String> POLARITIES = SentenceModel.LABELS.get("stance");
    private static final double WEIGHT_DECAY = 0.01;

    private final Settings settings;
    private final NDManager base = NDManager.newBaseManager();
    private final MiniLmTorch model;
    private final List<NDArray> encoderParams = new ArrayList<>();
    private final List<NDArray> decayed = new ArrayList<>();
    private final List<NDArray> headParams = new ArrayList<>();
    // NDArray's equals compares contents: parameters are told apart by identity
    private final Map<NDArray, NDArray[]> moments = new java.util.IdentityHashMap<>();
    private final java.util.Set<NDArray> decayedSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final java.util.Set<NDArray> headSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final NDArray typeW;
    private final NDArray typeB;
    private final NDArray polW;
    private final NDArray polB;
    private float[] posWeight;
    private int step;
    private int totalSteps;

    FineTune(Settings settings) {
        this.settings = settings;
        Engine.getInstance().setRandomSeed((int) settings.seed());
        model = MiniLmTorch.load(base.newSubManager(), OnnxWeights.read(Fp32MiniLm.modelBytes()));
        for (int l = settings.frozen(); l < MiniLmTorch.LAYERS; l++) {
            for (Map.Entry<String, NDArray> e : model.layer(l).entrySet()) {
                encoderParams.add(e.getValue());
                if (List.of("q", "k", "v", "ao", "in", "out").contains(e.getKey())) {
                    decayed.add(e.getValue());
                }
            }
        }
        typeW = base.randomNormal(0, 0.02f, new Shape(MiniLmTorch.WIDTH, TYPES), DataType.FLOAT32);
        typeB = base.zeros(new Shape(TYPES));
        polW = base.randomNormal(0, 0.02f, new Shape(MiniLmTorch.WIDTH, POLARITIES.size()), DataType.FLOAT32);
        polB = base.zeros(new Shape(POLARITIES.size()));
        headParams.addAll(List.of(typeW, typeB, polW, polB));
        decayed.add(typeW);
        decayed.add(polW);
        decayedSet.addAll(decayed);
        headSet.addAll(headParams);
        for (NDArray p : all()) {
            p.setRequiresGradient(true);
            moments.put(p, new NDArray[] {base.zeros(p.getShape()), base.zeros(p.getShape())});
        }
    }

    private List<NDArray> all() {
        List<NDArray> out = new ArrayList<>(encoderParams);
        out.addAll(headParams);
        return out;
    }

    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Settings s = Settings.parse(args);
        System.out.println(s);
        SentenceSets sets = SentenceSets.read(root, root.resolve("modules/extract/training-sources.tsv"));
        List<LabelledSentence> train = new ArrayList<>(sets.train());
        if (s.maxTrain() > 0 && train.size() > s.maxTrain()) {
            Collections.shuffle(train, new Random(s.seed()));
            train = train.subList(0, s.maxTrain());
        }
        if (s.fold() >= 0) {
            // cross-fitting: tune on the other folds, write vectors for this fold's train sentences only, so heads
            // stacked on them see vectors of sentences the encoder was not tuned on (as dev's are)
            List<LabelledSentence> kept = new ArrayList<>();
            List<LabelledSentence> held = new ArrayList<>();
            for (LabelledSentence x : train) {
                (foldOf(x, s.folds()) == s.fold() ? held : kept).add(x);
            }
            new FineTune(s).runHeldOut(kept, held, sets.dev(), out);
            return;
        }
        new FineTune(s).run(train, sets.dev(), out);
    }

    /** The fold of a sentence: by article (an article's sentences stay together), a TSV row on its own. */
    static int foldOf(LabelledSentence s, int folds) {
        String o = s.origin();
        int hash = o.contains("#") ? o.substring(0, o.lastIndexOf('#')).hashCode() : o.hashCode();
        return Math.floorMod(hash * 0x9E3779B1, folds);
    }

    void runHeldOut(List<LabelledSentence> train, List<LabelledSentence> held, List<LabelledSentence> dev, Path out) {
        log("fold %d of %d: tuning on %d sentences, %d held out", settings.fold(), settings.folds(), train.size(),
                held.size());
        Fp32MiniLm tokens = new Fp32MiniLm();
        long c0 = cpu();
        List<long[]> trainIds = ids(tokens, train);
        List<long[]> heldIds = ids(tokens, held);
        List<long[]> devIds = ids(tokens, dev);
        List<float[]> trainLow = lower(trainIds);
        List<float[]> heldLow = lower(heldIds);
        List<float[]> devLow = lower(devIds);
        posWeight = positiveWeights(train);
        totalSteps = batches(trainIds, new Random(settings.seed())).size() * settings.epochs();
        Random rnd = new Random(settings.seed());
        epochs(train, trainIds, trainLow, rnd, epoch -> { });
        evaluate("fold model", dev, devIds, devLow, c0);
        Map<String, float[]> vectors = new LinkedHashMap<>();
        pooledInto(vectors, held, heldIds, heldLow);
        VectorFile.write(out, vectors);
        log("wrote %s (%d held-out vectors); %.0f CPU-s", out, vectors.size(), (cpu() - c0) / 1e9);
    }

    void run(List<LabelledSentence> train, List<LabelledSentence> dev, Path out) {
        Fp32MiniLm tokens = new Fp32MiniLm();
        long c0 = cpu();
        List<long[]> trainIds = ids(tokens, train);
        List<long[]> devIds = ids(tokens, dev);
        List<float[]> trainLow = lower(trainIds);
        List<float[]> devLow = lower(devIds);
        log("frozen layers 0-%d run once over %d + %d sentences: %.0f CPU-s", settings.frozen() - 1, train.size(),
                dev.size(), (cpu() - c0) / 1e9);
        posWeight = positiveWeights(train);
        totalSteps = batches(trainIds, new Random(settings.seed())).size() * settings.epochs();
        Random rnd = new Random(settings.seed());
        if (settings.epochs() > 0) {
            // the untuned fp32 vectors first: the control of the same forward pass
            writeVectors(Path.of(out + ".frozen"), train, trainIds, trainLow, dev, devIds, devLow, c0);
        }
        evaluate("epoch 0", dev, devIds, devLow, c0);
        epochs(train, trainIds, trainLow, rnd, epoch -> evaluate("epoch " + epoch, dev, devIds, devLow, c0));
        writeVectors(out, train, trainIds, trainLow, dev, devIds, devLow, c0);
    }

    /** The epochs of tuning, each over a new shuffle of the batches drawn from {@code rnd}; then {@code afterEpoch}. */
    private void epochs(List<LabelledSentence> train, List<long[]> trainIds, List<float[]> trainLow, Random rnd,
                        IntConsumer afterEpoch) {
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            double lossSum = 0;
            List<List<Integer>> plan = batches(trainIds, rnd);
            for (List<Integer> b : plan) {
                lossSum += trainStep(b, train, trainIds, trainLow);
            }
            log("epoch %d: mean loss %.4f", epoch, lossSum / plan.size());
            afterEpoch.accept(epoch);
        }
    }

    private void writeVectors(Path out, List<LabelledSentence> train, List<long[]> trainIds, List<float[]> trainLow,
                              List<LabelledSentence> dev, List<long[]> devIds, List<float[]> devLow, long c0) {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        pooledInto(vectors, train, trainIds, trainLow);
        pooledInto(vectors, dev, devIds, devLow);
        VectorFile.write(out, vectors);
        log("wrote %s (%d vectors); %.0f CPU-s so far", out, vectors.size(), (cpu() - c0) / 1e9);
    }

    private static List<long[]> ids(Fp32MiniLm tokens, List<LabelledSentence> sentences) {
        List<long[]> out = new ArrayList<>();
        for (LabelledSentence s : sentences) {
            out.add(tokens.ids(s.text(), Fp32MiniLm.MAX_TOKENS));
        }
        return out;
    }

    /** Outputs of the frozen layers per sentence ([tokens x 384] flattened), computed in length-sorted batches. */
    private List<float[]> lower(List<long[]> ids) {
        float[][] out = new float[ids.size()][];
        List<Integer> order = byLength(ids);
        for (int from = 0; from < order.size(); from += 64) {
            List<Integer> chunk = order.subList(from, Math.min(order.size(), from + 64));
            List<long[]> batch = chunk.stream().map(ids::get).toList();
            Vectors.Batch b = Vectors.Batch.of(batch);
            try (NDManager m = base.newSubManager()) {
                NDArray mask = m.create(b.mask());
                NDArray h = model.layers(0, settings.frozen(), model.embed(m, b.ids()), MiniLmTorch.attentionMask(mask));
                float[] all = h.toFloatArray();
                int t = b.ids()[0].length;
                for (int i = 0; i < chunk.size(); i++) {
                    int len = batch.get(i).length;
                    out[chunk.get(i)] = java.util.Arrays.copyOfRange(all, i * t * MiniLmTorch.WIDTH,
                            (i * t + len) * MiniLmTorch.WIDTH);
                }
            }
        }
        return java.util.Arrays.asList(out);
    }

    private static List<Integer> byLength(List<long[]> ids) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(ids.get(a).length, ids.get(b).length));
        return order;
    }

    /** Shuffled batches of similar length: shuffle, sort windows of 50 batches by length, cut, shuffle the batches. */
    private List<List<Integer>> batches(List<long[]> ids, Random rnd) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, rnd);
        int window = settings.batch() * 50;
        List<List<Integer>> out = new ArrayList<>();
        for (int w = 0; w < order.size(); w += window) {
            List<Integer> part = new ArrayList<>(order.subList(w, Math.min(order.size(), w + window)));
            part.sort((a, b) -> Integer.compare(ids.get(a).length, ids.get(b).length));
            for (int i = 0; i < part.size(); i += settings.batch()) {
                out.add(part.subList(i, Math.min(part.size(), i + settings.batch())));
            }
        }
        Collections.shuffle(out, rnd);
        return out;
    }

    /** A padded batch of the frozen layers' outputs [B, T, 384] and its mask, in {@code m}. */
    private NDArray[] input(NDManager m, List<Integer> b, List<long[]> ids, List<float[]> low) {
        int t = 0;
        for (int i : b) {
            t = Math.max(t, ids.get(i).length);
        }
        float[] x = new float[b.size() * t * MiniLmTorch.WIDTH];
        long[][] mask = new long[b.size()][t];
        for (int r = 0; r < b.size(); r++) {
            float[] h = low.get(b.get(r));
            System.arraycopy(h, 0, x, r * t * MiniLmTorch.WIDTH, h.length);
            java.util.Arrays.fill(mask[r], 0, ids.get(b.get(r)).length, 1);
        }
        return new NDArray[] {m.create(x, new Shape(b.size(), t, MiniLmTorch.WIDTH)), m.create(mask)};
    }

    private NDArray pooled(NDArray x, NDArray mask) {
        NDArray h = model.layers(settings.frozen(), MiniLmTorch.LAYERS, x, MiniLmTorch.attentionMask(mask));
        return MiniLmTorch.meanPool(h, mask);
    }

    private double trainStep(List<Integer> b, List<LabelledSentence> train, List<long[]> ids, List<float[]> low) {
        double loss;
        try (NDManager m = base.newSubManager()) {
            NDArray[] in = input(m, b, ids, low);
            float[] y = new float[b.size() * TYPES];
            float[] w = new float[b.size() * TYPES];
            float[] pol = new float[b.size() * POLARITIES.size()];
            float[] polMask = new float[b.size()];
            for (int r = 0; r < b.size(); r++) {
                LabelledSentence s = train.get(b.get(r));
                for (int t = 0; t < TYPES; t++) {
                    boolean pos = s.types().contains(SentenceModel.TYPES.get(t));
                    y[r * TYPES + t] = pos ? 1 : 0;
                    w[r * TYPES + t] = pos ? posWeight[t] : 1;
                }
                int p = POLARITIES.indexOf(s.labels().getOrDefault("stance", ""));
                if (settings.polarity() && s.types().contains("stance") && p >= 0) {
                    pol[r * POLARITIES.size() + p] = 1;
                    polMask[r] = 1;
                }
            }
            NDArray yA = m.create(y, new Shape(b.size(), TYPES));
            NDArray wA = m.create(w, new Shape(b.size(), TYPES));
            NDArray polA = m.create(pol, new Shape(b.size(), POLARITIES.size()));
            NDArray polM = m.create(polMask, new Shape(b.size()));
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray v = pooled(in[0], in[1]);
                NDArray z = v.matMul(typeW).add(typeB);
                // weighted binary cross-entropy from logits: w * (softplus(z) - y z)
                NDArray softplus = z.maximum(0).add(z.abs().neg().exp().add(1).log());
                NDArray bce = softplus.sub(z.mul(yA)).mul(wA).mean();
                NDArray total = bce;
                if (settings.polarity() && polMask.length > 0) {
                    NDArray logp = v.matMul(polW).add(polB).logSoftmax(-1);
                    NDArray ce = logp.mul(polA).sum(new int[] {1}).neg().mul(polM).sum()
                            .div(Math.max(1f, sum(polMask)));
                    total = bce.add(ce.mul(0.5f));
                }
                loss = total.getFloat();
                if (!Double.isFinite(loss)) {
                    // one non-finite step poisons every weight through AdamW's moments: stop and say where
                    throw new IllegalStateException("non-finite loss at step " + (step + 1) + " on a batch of "
                            + b.size() + " sentences, first " + train.get(b.get(0)).origin());
                }
                gc.backward(total);
            }
        }
        update();
        return loss;
    }

    private static float sum(float[] a) {
        float s = 0;
        for (float f : a) {
            s += f;
        }
        return s;
    }

    /** One AdamW step on every parameter, then their gradients zeroed. */
    private void update() {
        step++;
        double warm = Math.max(1, totalSteps / 10.0);
        double schedule = step < warm ? step / warm : Math.max(0, (totalSteps - step) / (totalSteps - warm));
        double b1 = 0.9;
        double b2 = 0.999;
        double c1 = 1 - Math.pow(b1, step);
        double c2 = 1 - Math.pow(b2, step);
        for (NDArray p : all()) {
            double lr = (headSet.contains(p) ? settings.headLr() : settings.lr()) * schedule;
            NDArray[] mv = moments.get(p);
            // every temporary is made from an array attached to s (an operation's result joins its first operand's
            // manager), so closing s frees them all; the moments and the parameter change in place
            try (NDManager s = base.newSubManager()) {
                NDArray g = p.getGradient();
                g.attach(s);
                mv[0].muli((float) b1).addi(g.mul((float) (1 - b1)));
                mv[1].muli((float) b2).addi(g.mul(g).mul((float) (1 - b2)));
                NDArray second = mv[1].duplicate();
                second.attach(s);
                NDArray first = mv[0].duplicate();
                first.attach(s);
                NDArray stepArr = first.div((float) c1).div(second.div((float) c2).sqrt().add(1e-8f)).mul((float) lr);
                if (decayedSet.contains(p)) {
                    NDArray decay = p.duplicate();
                    decay.attach(s);
                    p.subi(decay.mul((float) (lr * WEIGHT_DECAY)));
                }
                p.subi(stepArr);
                g.muli(0);
            }
        }
    }

    /** Positive weight per type: sqrt(negatives / positives) of the train sentences. */
    private static float[] positiveWeights(List<LabelledSentence> train) {
        float[] out = new float[TYPES];
        for (int t = 0; t < TYPES; t++) {
            String type = SentenceModel.TYPES.get(t);
            long pos = train.stream().filter(s -> s.types().contains(type)).count();
            out[t] = (float) Math.sqrt((double) (train.size() - pos) / Math.max(1, pos));
        }
        return out;
    }

    private void evaluate(String what, List<LabelledSentence> dev, List<long[]> ids, List<float[]> low, long c0) {
        double[][] scores = new double[TYPES][dev.size()];
        List<Integer> order = byLength(ids);
        for (int from = 0; from < order.size(); from += 64) {
            List<Integer> chunk = order.subList(from, Math.min(order.size(), from + 64));
            try (NDManager m = base.newSubManager()) {
                NDArray[] in = input(m, chunk, ids, low);
                float[] z = pooled(in[0], in[1]).matMul(typeW).add(typeB).toFloatArray();
                for (int i = 0; i < chunk.size(); i++) {
                    for (int t = 0; t < TYPES; t++) {
                        scores[t][chunk.get(i)] = z[i * TYPES + t];
                    }
                }
            }
        }
        double[] ap = Harness.aps(scores, dev);
        log("%s: tuned heads' dev AP %.3f / %.3f / %.3f  mean %.3f  (%.0f CPU-s so far)", what, ap[0], ap[1], ap[2],
                (ap[0] + ap[1] + ap[2]) / 3, (cpu() - c0) / 1e9);
    }

    private void pooledInto(Map<String, float[]> out, List<LabelledSentence> sentences, List<long[]> ids,
                            List<float[]> low) {
        List<Integer> order = byLength(ids);
        for (int from = 0; from < order.size(); from += 64) {
            List<Integer> chunk = order.subList(from, Math.min(order.size(), from + 64));
            try (NDManager m = base.newSubManager()) {
                NDArray[] in = input(m, chunk, ids, low);
                List<float[]> rows = Vectors.rows(pooled(in[0], in[1]));
                for (int i = 0; i < chunk.size(); i++) {
                    out.put(sentences.get(chunk.get(i)).text(), Vectors.normalised(rows.get(i)));
                }
            }
        }
    }

    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "%tT " + format + "%n", prepend(new java.util.Date(), args));
        System.out.flush();
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] out = new Object[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }
}
