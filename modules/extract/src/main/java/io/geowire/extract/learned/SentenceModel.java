package io.geowire.extract.learned;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trained sentence stage: which event types a sentence carries (one two-class head per type), the label of each
 * type (stance polarity, route status, sanction position), the modality, a calibration that turns a head's log-odds
 * (and whether the rules fired on the sentence) into a probability, and the threshold above which the classifier
 * alone adds an event. Features are the encoder's vector followed by a few gazetteer flags, standardised with the
 * stored mean and scale. Stored as JSON; weights only, no training text.
 */
public final class SentenceModel {
    /** Event types, in a fixed order. */
    public static final List<String> TYPES = List.of("stance", "route_disruption", "sanction_statement");
    /** Label classes per event type. */
    public static final Map<String, List<String>> LABELS = Map.of(
            "stance", List.of("aligning", "distancing", "neutral"),
            "route_disruption", List.of("disrupted", "restored", "at_risk", "alternative"),
            "sanction_statement", List.of("comply", "not_join", "refuse_circumvent", "threaten", "oppose", "support",
                    "other"));
    public static final List<String> MODALITIES = List.of("asserted", "planned", "denied", "reported");
    /** Classpath location of the bundled model. */
    public static final String RESOURCE = "/io/geowire/extract/learned/sentence-model.json";

    /** What is stored: plain fields so that the JSON layout is explicit and stable. */
    public static final class Data {
        public int format = 1;
        public String encoder;
        public List<String> flags;
        public float[] mean;
        public float[] scale;
        /** "type:stance", "label:stance", ..., "modality". */
        public Map<String, LinearHead> heads = new LinkedHashMap<>();
        /** Per type: {a, b, c}: p = sigmoid(a * logOdds + b * ruleFired + c). */
        public Map<String, float[]> calibration = new LinkedHashMap<>();
        /** Per type: calibrated probability from which the classifier adds an event the rules did not find. */
        public Map<String, Float> thresholds = new LinkedHashMap<>();
        /** Counts of the data it was trained on, for the record. */
        public Map<String, Integer> trainedOn = new LinkedHashMap<>();
    }

    /** What the model says about one sentence. */
    public record Prediction(Map<String, Double> logOdds, Map<String, String> labels, String modality) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Data data;

    public SentenceModel(Data data) {
        this.data = data;
    }

    public Data data() {
        return data;
    }

    /** The model bundled in the jar, or null when none is bundled. */
    public static SentenceModel bundled() {
        try (InputStream in = SentenceModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled sentence model", e);
        }
    }

    public static SentenceModel read(byte[] json) {
        try {
            return new SentenceModel(JSON.readValue(json, Data.class));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a sentence model: " + e.getMessage(), e);
        }
    }

    /** The JSON bytes; the same model always gives the same bytes. */
    public byte[] toJson() {
        try {
            return (JSON.writeValueAsString(data) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String encoder() {
        return data.encoder;
    }

    public List<String> flags() {
        return data.flags;
    }

    /** Standardised feature row: the embedding, then the flags. */
    public double[] features(float[] embedding, double[] flags) {
        return standardise(data.mean, data.scale, embedding, flags);
    }

    static double[] standardise(float[] mean, float[] scale, float[] embedding, double[] flags) {
        double[] x = new double[embedding.length + flags.length];
        for (int i = 0; i < embedding.length; i++) {
            x[i] = embedding[i];
        }
        for (int i = 0; i < flags.length; i++) {
            x[embedding.length + i] = flags[i];
        }
        if (mean != null) {
            for (int i = 0; i < x.length; i++) {
                x[i] = (x[i] - mean[i]) / scale[i];
            }
        }
        return x;
    }

    public Prediction predict(float[] embedding, double[] flags) {
        double[] x = features(embedding, flags);
        Map<String, Double> odds = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String t : TYPES) {
            odds.put(t, data.heads.get("type:" + t).logOdds(x));
            LinearHead lh = data.heads.get("label:" + t);
            labels.put(t, lh.classes().get(lh.best(x)));
        }
        LinearHead mh = data.heads.get("modality");
        return new Prediction(odds, labels, mh == null ? "asserted" : mh.classes().get(mh.best(x)));
    }

    /** Calibrated probability that the sentence carries an event of {@code type}. */
    public double probability(String type, double logOdds, boolean ruleFired) {
        float[] c = data.calibration.get(type);
        if (c == null) {
            return sigmoid(logOdds);
        }
        return sigmoid(c[0] * logOdds + c[1] * (ruleFired ? 1 : 0) + c[2]);
    }

    public double threshold(String type) {
        Float t = data.thresholds.get(type);
        return t == null ? 0.5 : t;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
