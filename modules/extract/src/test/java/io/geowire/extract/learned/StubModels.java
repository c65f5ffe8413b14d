package io.geowire.extract.learned;

import io.geowire.extract.internal.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A fixed encoder and hand-set models, so the learned stage's plumbing can be tested without the real encoder. */
final class StubModels {
    static final int DIM = 8;

    private StubModels() {
    }

    /** Remembers every sentence it is asked to encode. */
    static final class RecordingEncoder extends NamedEncoder {
        final List<String> seen = new ArrayList<>();
        private final SentenceEncoder inner;

        RecordingEncoder() {
            this(constantEncoder());
        }

        private RecordingEncoder(SentenceEncoder inner) {
            super(inner.name(), inner.dimension());
            this.inner = inner;
        }

        @Override
        public float[][] encode(List<String> sentences) {
            seen.addAll(sentences);
            return inner.encode(sentences);
        }
    }

    /** Every sentence becomes the same vector. */
    static SentenceEncoder constantEncoder() {
        return new NamedEncoder("stub", DIM) {
            @Override
            public float[][] encode(List<String> sentences) {
                float[][] out = new float[sentences.size()][DIM];
                for (float[] v : out) {
                    v[0] = 1;
                }
                return out;
            }
        };
    }

    /**
     * A model that says "yes" (probability ~1) to the given types with the given labels, "no" to the others, with
     * identity calibration and threshold 0.5.
     */
    static SentenceModel saying(Map<String, String> typeLabels) {
        return saying(typeLabels, "asserted");
    }

    /** As {@link #saying(Map)}, with the given modality for every sentence. */
    static SentenceModel saying(Map<String, String> typeLabels, String modality) {
        SentenceModel.Data d = new SentenceModel.Data();
        d.encoder = "stub";
        d.flags = Engine.FLAGS;
        int width = DIM + Engine.FLAGS.size();
        for (String type : SentenceModel.TYPES) {
            boolean yes = typeLabels.containsKey(type);
            d.heads.put("type:" + type, head(List.of("no", "yes"), width, yes ? 1 : 0));
            List<String> labels = SentenceModel.LABELS.get(type);
            d.heads.put("label:" + type, head(labels, width, yes ? labels.indexOf(typeLabels.get(type)) : 0));
            d.calibration.put(type, new float[] {1, 0, 0});
            d.thresholds.put(type, 0.5f);
        }
        d.heads.put("modality", head(SentenceModel.MODALITIES, width, SentenceModel.MODALITIES.indexOf(modality)));
        return new SentenceModel(d);
    }

    /**
     * As {@link #saying(Map)}, but every "yes" type reads the calibrated probability {@code probability} (a constant
     * calibration), with threshold 0.2: for checks that depend on how sure the heads are.
     */
    static SentenceModel sayingWithProbability(Map<String, String> typeLabels, double probability) {
        SentenceModel model = saying(typeLabels);
        SentenceModel.Data d = model.data();
        for (String type : typeLabels.keySet()) {
            d.calibration.put(type, new float[] {0, 0, (float) Math.log(probability / (1 - probability))});
            d.thresholds.put(type, 0.2f);
        }
        return new SentenceModel(d);
    }

    private static LinearHead head(List<String> classes, int width, int winner) {
        float[] bias = new float[classes.size()];
        bias[winner] = 10;
        return new LinearHead(classes, new float[classes.size()][width], bias);
    }
}
