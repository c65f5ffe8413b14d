package io.geowire.extract.learned;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * stored mean and scale, and (format 2) the sentence's words as hashed yes/no features ({@link LexicalFeatures}),
 * either in the same heads ("joint") or in a second head per type whose log-odds are added with a weight fitted on
 * dev ("stacked"). Stored as JSON; weights only, no training text.
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

    /**
     * Newest model file format this code reads: 1 = embedding and flags, 2 = with lexical features, 3 = lexical
     * features read from the masked words and the party context ({@link Lexical#words()} "parties").
     */
    public static final int FORMAT = 3;
    /** The words settings this code computes: null (the text as written) or "parties" ({@link SentenceWords}). */
    public static final List<String> WORDS = java.util.Arrays.asList(null, "parties", "masked");

    /**
     * How the lexical features enter a model: {@code mode} "joint" (the type heads have sparse weights) or
     * "stacked" (a head "lex:TYPE" on the words alone; its log-odds are added to the type head's, times
     * {@code Data.lexicalWeight}); {@code version} is {@link LexicalFeatures#VERSION} at training time;
     * {@code words} null: n-grams of the text as written (formats 2), "parties": of the masked text, with the party
     * context features (format 3), "masked": as "parties", and the encoder reads the masked text too (format 3).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Lexical(String mode, int buckets, int version, String words) {
        public Lexical(String mode, int buckets, int version) {
            this(mode, buckets, version, null);
        }

        /** True when the words are read masked, with the party context. */
        public boolean parties() {
            return "parties".equals(words) || maskedEncoding();
        }

        /** True when the encoder reads the masked text instead of the text as written. */
        public boolean maskedEncoding() {
            return "masked".equals(words);
        }
    }

    /** What is stored: plain fields so that the JSON layout is explicit and stable. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static final class Data {
        public int format = 1;
        /** Null: no lexical features (format 1). */
        public Lexical lexical;
        /** Stacked mode: per type, the weight of the words head's log-odds beside the type head's. */
        public Map<String, Float> lexicalWeight;
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
    private final LexicalFeatures words;

    public SentenceModel(Data data) {
        if (data.format < 1 || data.format > FORMAT) {
            throw new IllegalArgumentException("sentence model format " + data.format + " is not one this extractor "
                    + "reads (1 to " + FORMAT + "): retrain with ./geowire train");
        }
        if (data.lexical != null && data.lexical.version() != LexicalFeatures.VERSION) {
            throw new IllegalArgumentException("sentence model trained on lexical features version "
                    + data.lexical.version() + ", this extractor computes version " + LexicalFeatures.VERSION
                    + ": retrain with ./geowire train");
        }
        if (data.lexical != null && !WORDS.contains(data.lexical.words())) {
            throw new IllegalArgumentException("sentence model reads its words as '" + data.lexical.words()
                    + "', which this extractor does not compute: retrain with ./geowire train");
        }
        this.data = data;
        this.words = data.lexical == null ? null
                : new LexicalFeatures(data.lexical.buckets(), data.lexical.parties());
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

    /** True when the encoder reads the sentence with its names replaced by placeholders ({@link SentenceWords}). */
    public boolean encodesMasked() {
        return data.lexical != null && data.lexical.maskedEncoding();
    }

    /** True when the word features read the masked text and the party context ({@link SentenceWords}). */
    public boolean readsParties() {
        return data.lexical != null && data.lexical.parties();
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

    /** The yes/no lexical features of the sentence, or null when the model has none. */
    public int[] lexicalFeatures(String sentence) {
        return lexicalFeatures(SentenceWords.plain(sentence));
    }

    /** The yes/no lexical features of the sentence's words, or null when the model has none. */
    public int[] lexicalFeatures(SentenceWords sentence) {
        return words == null ? null : words.of(sentence);
    }

    /**
     * What the model says about a sentence: its vector, its gazetteer flags and its text (read only by a model with
     * lexical features).
     */
    public Prediction predict(float[] embedding, double[] flags, String sentence) {
        return predict(embedding, flags, SentenceWords.plain(sentence));
    }

    /** As {@link #predict(float[], double[], String)}, with the masked words and party context at hand. */
    public Prediction predict(float[] embedding, double[] flags, SentenceWords sentence) {
        return predict(features(embedding, flags), lexicalFeatures(sentence));
    }

    /** As {@link #predict(float[], double[], String)}, from a standardised row and the lexical feature indices. */
    Prediction predict(double[] x, int[] active) {
        Map<String, Double> odds = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (String t : TYPES) {
            odds.put(t, typeLogOdds(t, x, active));
            LinearHead lh = data.heads.get("label:" + t);
            labels.put(t, lh.classes().get(lh.best(x, active)));
        }
        LinearHead mh = data.heads.get("modality");
        return new Prediction(odds, labels, mh == null ? "asserted" : mh.classes().get(mh.best(x, active)));
    }

    /**
     * The type's log-odds before calibration: the type head's (with the words in joint mode), plus in stacked mode
     * the words head's log-odds times the type's stacking weight.
     */
    double typeLogOdds(String type, double[] x, int[] active) {
        double z = data.heads.get("type:" + type).logOdds(x, active);
        LinearHead lex = data.heads.get("lex:" + type);
        if (lex != null && active != null) {
            z += data.lexicalWeight.getOrDefault(type, 0f) * lex.logOdds(new double[0], active);
        }
        return z;
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
