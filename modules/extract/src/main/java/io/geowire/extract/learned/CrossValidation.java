package io.geowire.extract.learned;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractedEvent;
import io.geowire.extract.ExtractionTrace;
import io.geowire.extract.eval.EvaluationReport;
import io.geowire.extract.eval.Evaluator;
import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;
import io.geowire.extract.internal.TraceRecorder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Article-grouped k-fold cross-validation of the sentence model over the train articles (issue 11, item 1). Dev has
 * two dozen articles, so a training choice judged there moves by an event or two; the train articles are ten times as
 * many. Each fold's model is trained as {@code train} trains the real one, on every train sentence except those of
 * the fold's articles (labelled-sentence rows are always trained on: they are no article of their own), and
 * calibrated on dev as the real one is; it then reads the sentences of its held-out articles (sentence level) and
 * extracts them (event level, as {@code evaluate} scores). An article is never split across folds: its sentences
 * share words, names and topic, and a split would let the heads learn them.
 *
 * <p>The event-level figures on train are optimistic for the rules: they were written on these articles. Comparing
 * training choices on them is fair (the rules are the same in every candidate); choosing a threshold on them alone is
 * not, since where the rules already find most events the classifier looks less needed than on new text.
 */
public final class CrossValidation {
    /** Thresholds scanned at event level: every type at once. */
    static final float[] SCAN = {0.20f, 0.25f, 0.30f, 0.35f, 0.40f, 0.45f, 0.50f, 0.55f, 0.60f, 0.65f, 0.70f};

    private final SentenceEncoder encoder;
    private final LinearHead.Settings settings;
    private final SentenceModel.Lexical lexical;
    private final Path extraData;
    private final Function<Path, ArticleInput> reader;
    /** Per type, the threshold the out-of-fold train curve and dev's curve together pick (after {@link #run}). */
    private final Map<String, Float> pooledThresholds = new LinkedHashMap<>();
    /** Every held-out article sentence with its out-of-fold probabilities (after {@link #run}). */
    private final List<OofRow> oofRows = new ArrayList<>();
    /** Data overlay for the context gate's cases (context switches on, gate off); null: no cases collected. */
    private Path contextGateData;
    /** The context-filled stances of the held-out train articles, each from its fold's model (after {@link #run}). */
    private final List<ContextGateTraining.Case> gateCases = new ArrayList<>();
    /** {tp, predicted, gold} of every type in the extraction that gave {@link #gateCases}. */
    private final int[] gateCounts = new int[3];

    public CrossValidation(SentenceEncoder encoder, LinearHead.Settings settings, SentenceModel.Lexical lexical,
                           Path extraData, Function<Path, ArticleInput> reader) {
        this.encoder = EventThresholds.caching(encoder);
        this.settings = settings;
        this.lexical = lexical;
        this.extraData = extraData;
        this.reader = reader;
    }

    /**
     * One held-out sentence as its fold's model read it: the material of a label-noise audit (issue 11), where a
     * confident reading that the gold contradicts points at a sentence to review by hand.
     *
     * @param article     its article key ({@link #articleKey})
     * @param origin      its place in the article ("file#sentence index")
     * @param gold        the event types its gold gives it
     * @param rules       the event types the rules find in it
     * @param probability per type of {@link SentenceModel#TYPES}, the calibrated probability of the fold's model
     */
    public record OofRow(String article, String origin, String text, Set<String> gold, Set<String> rules,
                         Map<String, Double> probability) {
    }

    /** Out-of-fold counts per type at each scanned threshold, and at the given model thresholds. */
    public record EventCurve(Map<String, int[][]> scan, Map<String, int[]> atModel) {
    }

    /** The fold (0 to k-1) of an article: a fixed hash of its key, so a file's fold never depends on the others. */
    static int foldOf(String article, int k) {
        int h = 0x811C9DC5;
        for (int i = 0; i < article.length(); i++) {
            h ^= article.charAt(i);
            h *= 0x01000193;
        }
        return Math.floorMod(h, k);
    }

    /** Fold per sentence: the fold of its article, or -1 for a sentence with none (always trained on). */
    static int[] folds(List<String> articles, int k) {
        int[] out = new int[articles.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = articles.get(i) == null ? -1 : foldOf(articles.get(i), k);
        }
        return out;
    }

    /** The key that names an article across corpora: its folder and file name. */
    static String articleKey(Path corpus, String fileName) {
        return corpus.normalize() + "/" + fileName;
    }

    /**
     * Runs the cross-validation and returns its printed report.
     *
     * @param train         the training sentences, as the real model gets them
     * @param articles      per training sentence, its article key ({@link #articleKey}) or null (labelled rows)
     * @param weights       per training sentence, its weight, or null
     * @param dev           the dev sentences that calibrate each fold's model
     * @param trainSets     train corpora as {corpus folder, gold folder}: their articles are extracted out of fold
     * @param devSets       dev corpora, extracted by {@code model} for the pooled threshold choice
     * @param model         the real model (its thresholds are the ones "at the model's thresholds")
     */
    public String run(int k, List<LabelledSentence> train, List<String> articles, double[] weights,
                      List<LabelledSentence> dev, List<Path[]> trainSets, List<Path[]> devSets,
                      SentenceModel model) {
        int[] fold = folds(articles, k);
        List<SentenceModel> models = new ArrayList<>();
        Map<String, List<double[]>> oof = new LinkedHashMap<>();
        SentenceModel.TYPES.forEach(t -> oof.put(t, new ArrayList<>()));
        int heldOut = 0;
        for (int f = 0; f < k; f++) {
            List<LabelledSentence> in = new ArrayList<>();
            List<Double> w = new ArrayList<>();
            List<LabelledSentence> out = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                if (fold[i] == f) {
                    out.add(train.get(i));
                } else {
                    in.add(train.get(i));
                    w.add(weights == null ? 1.0 : weights[i]);
                }
            }
            heldOut += out.size();
            SentenceModel m = new Trainer(encoder, settings, lexical)
                    .train(in, w.stream().mapToDouble(Double::doubleValue).toArray(), dev);
            models.add(m);
            Map<String, List<double[]>> read = new LinkedHashMap<>();
            for (String type : SentenceModel.TYPES) {
                read.put(type, readings(m, type, out));
                oof.get(type).addAll(read.get(type));
            }
            keepOofRows(f, fold, articles, out, read);
        }
        StringBuilder r = new StringBuilder();
        long articleCount = articles.stream().filter(a -> a != null).distinct().count();
        r.append(String.format(Locale.ROOT, "%ncross-validation: %d folds over %d train articles (%d sentences held out "
                + "in turn; %d labelled-sentence rows always trained on); each fold calibrated on dev%n", k,
                articleCount, heldOut, train.size() - heldOut));
        r.append(String.format(Locale.ROOT, "out of fold, sentence level: %-18s %5s %6s %8s %6s  %-16s %8s  %s%n",
                "type", "gold", "AP", "log-loss", "ECE", "comb. P/R/F1 at t", "rule-miss", "best comb. F1 (t)"));
        for (String type : SentenceModel.TYPES) {
            SentenceFigures s = sentenceFigures(oof.get(type), model.threshold(type));
            r.append(String.format(Locale.ROOT, "%-28s %-18s %5d %6.3f %8.3f %6.3f  %-16s %8.3f  %.3f (%.2f)%n", "",
                    type, s.gold(), s.averagePrecision(), s.logLoss(), s.ece(),
                    String.format(Locale.ROOT, "%.2f/%.2f/%.2f", s.precision(), s.recall(), s.f1()),
                    s.ruleMissedRecall(), s.bestF1(), s.bestThreshold()));
        }
        r.append("  (AP: average precision of the head's log-odds alone; log-loss and ECE of the dev-fitted "
                + "calibration; combined: rules or p >= the model's threshold t; rule-miss: recall of the gold sentences "
                + "the rules missed at t)\n");
        if (!trainSets.isEmpty()) {
            Map<String, ArticleInput> inputs = new TreeMap<>();
            EventCurve trainCurve = eventCurve(models, k, trainSets, model, inputs);
            EventCurve devCurve = eventCurve(List.of(model), 1, devSets, model, inputs);
            r.append(eventReport(trainCurve, devCurve, model));
            if (contextGateData != null) {
                collectGateCases(models, k, trainSets, model, inputs);
            }
        }
        return r.toString();
    }

    /** Adds a row per sentence held out in fold {@code f}, in the order of {@code out}. */
    private void keepOofRows(int f, int[] fold, List<String> articles, List<LabelledSentence> out,
                             Map<String, List<double[]>> read) {
        List<String> heldOutArticles = new ArrayList<>();
        for (int i = 0; i < fold.length; i++) {
            if (fold[i] == f) {
                heldOutArticles.add(articles.get(i));
            }
        }
        for (int j = 0; j < out.size(); j++) {
            LabelledSentence s = out.get(j);
            Map<String, Double> p = new LinkedHashMap<>();
            for (String type : SentenceModel.TYPES) {
                p.put(type, read.get(type).get(j)[1]);
            }
            oofRows.add(new OofRow(heldOutArticles.get(j), s.origin(), s.text(), s.types(), s.ruleTypes(), p));
        }
    }

    /** Every held-out article sentence with its out-of-fold probabilities, or empty before {@link #run}. */
    public List<OofRow> oofRows() {
        return oofRows;
    }

    /**
     * The rows as TSV with a header line: article, origin, gold types, rule types (comma-separated, "-" for none),
     * one calibrated probability per type (three decimals), then the sentence (tabs and line breaks as spaces, so a
     * row stays one line). Sorted by article then sentence index, so the file does not depend on the fold order.
     */
    public static String oofTsv(List<OofRow> rows) {
        StringBuilder b = new StringBuilder("article\torigin\tgold\trules");
        SentenceModel.TYPES.forEach(t -> b.append("\tp_").append(t));
        b.append("\tsentence\n");
        List<OofRow> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparing(OofRow::article).thenComparingInt(CrossValidation::sentenceIndex));
        for (OofRow r : sorted) {
            b.append(r.article()).append('\t').append(r.origin()).append('\t').append(typeList(r.gold()))
                    .append('\t').append(typeList(r.rules()));
            for (String t : SentenceModel.TYPES) {
                b.append('\t').append(String.format(Locale.ROOT, "%.3f", r.probability().get(t)));
            }
            b.append('\t').append(r.text().replaceAll("[\\t\\r\\n]+", " ")).append('\n');
        }
        return b.toString();
    }

    /** The sentence index of an origin "file#index" (0 when there is none). */
    private static int sentenceIndex(OofRow r) {
        int hash = r.origin().lastIndexOf('#');
        try {
            return hash < 0 ? 0 : Integer.parseInt(r.origin().substring(hash + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Types in {@link SentenceModel#TYPES} order, comma-separated; "-" for none. */
    private static String typeList(Set<String> types) {
        List<String> in = SentenceModel.TYPES.stream().filter(types::contains).toList();
        return in.isEmpty() ? "-" : String.join(",", in);
    }

    /** Per held-out sentence: {log-odds, calibrated probability, rule fired, gold}. */
    private List<double[]> readings(SentenceModel m, String type, List<LabelledSentence> sentences) {
        List<String> texts = new ArrayList<>();
        for (LabelledSentence s : sentences) {
            texts.add(m.encodesMasked() ? s.words().masked() : s.text());
        }
        float[][] vectors = encoder.encode(texts);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            LabelledSentence s = sentences.get(i);
            double[] x = m.features(vectors[i], s.flags());
            double z = m.typeLogOdds(type, x, m.lexicalFeatures(s.words()));
            boolean rule = s.ruleTypes().contains(type);
            out.add(new double[] {z, m.probability(type, z, rule), rule ? 1 : 0, s.types().contains(type) ? 1 : 0});
        }
        return out;
    }

    /** Sentence-level figures of one type's out-of-fold readings ({log-odds, p, rule, gold} rows). */
    record SentenceFigures(int gold, double averagePrecision, double logLoss, double ece, double precision,
                           double recall, double f1, double ruleMissedRecall, double bestF1, double bestThreshold) {
    }

    static SentenceFigures sentenceFigures(List<double[]> rows, double threshold) {
        int n = rows.size();
        double[] z = new double[n];
        double[] p = new double[n];
        boolean[] rule = new boolean[n];
        boolean[] gold = new boolean[n];
        int positives = 0;
        double loss = 0;
        for (int i = 0; i < n; i++) {
            z[i] = rows.get(i)[0];
            p[i] = rows.get(i)[1];
            rule[i] = rows.get(i)[2] > 0;
            gold[i] = rows.get(i)[3] > 0;
            positives += gold[i] ? 1 : 0;
            double q = Math.min(Math.max(p[i], 1e-12), 1 - 1e-12);
            loss -= gold[i] ? Math.log(q) : Math.log(1 - q);
        }
        int[] at = combined(p, rule, gold, threshold);
        int missed = 0;
        int missedFound = 0;
        for (int i = 0; i < n; i++) {
            if (gold[i] && !rule[i]) {
                missed++;
                missedFound += p[i] >= threshold ? 1 : 0;
            }
        }
        double bestF1 = -1;
        double bestT = 0;
        for (int k = 5; k <= 95; k += 5) {
            int[] c = combined(p, rule, gold, k / 100.0);
            if (f1(c) > bestF1 + 1e-12) {
                bestF1 = f1(c);
                bestT = k / 100.0;
            }
        }
        return new SentenceFigures(positives, averagePrecision(z, gold), n == 0 ? 0 : loss / n, ece(p, gold),
                at[1] == 0 ? 0 : (double) at[0] / at[1], at[2] == 0 ? 0 : (double) at[0] / at[2], f1(at),
                missed == 0 ? 0 : (double) missedFound / missed, Math.max(bestF1, 0), bestT);
    }

    /** {true positives, predicted, gold} of "rules fired or p at least t". */
    private static int[] combined(double[] p, boolean[] rule, boolean[] gold, double t) {
        int[] c = new int[3];
        for (int i = 0; i < p.length; i++) {
            boolean pred = rule[i] || p[i] >= t;
            c[0] += pred && gold[i] ? 1 : 0;
            c[1] += pred ? 1 : 0;
            c[2] += gold[i] ? 1 : 0;
        }
        return c;
    }

    /** F1 of {true positives, predicted, gold}; 0 without a true positive. */
    static double f1(int[] c) {
        return c[0] == 0 ? 0 : 2.0 * c[0] / (c[1] + c[2]);
    }

    /**
     * Mean, over the gold sentences, of the precision among the sentences scored at least as high (ties count as
     * ranked together, so the order of equal scores does not matter).
     */
    static double averagePrecision(double[] score, boolean[] gold) {
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        int positives = 0;
        for (boolean g : gold) {
            positives += g ? 1 : 0;
        }
        if (positives == 0) {
            return 0;
        }
        double sum = 0;
        int seen = 0;
        int hits = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            int tiedHits = 0;
            while (j < order.length && score[order[j]] == score[order[i]]) {
                tiedHits += gold[order[j]] ? 1 : 0;
                j++;
            }
            seen += j - i;
            hits += tiedHits;
            sum += tiedHits * (double) hits / seen;
            i = j;
        }
        return sum / positives;
    }

    /** Expected calibration error over ten equal-width bins of p. */
    static double ece(double[] p, boolean[] gold) {
        double[] sp = new double[10];
        double[] so = new double[10];
        int[] n = new int[10];
        for (int i = 0; i < p.length; i++) {
            int b = Math.min(9, (int) (p[i] * 10));
            sp[b] += p[i];
            so[b] += gold[i] ? 1 : 0;
            n[b]++;
        }
        double e = 0;
        for (int b = 0; b < 10; b++) {
            if (n[b] > 0) {
                e += Math.abs(sp[b] - so[b]) / p.length;
            }
        }
        return e;
    }

    /**
     * Event counts {tp, predicted, gold} per type, every article extracted by the model of its fold: at each
     * threshold of {@link #SCAN} (every type at once) and at the real model's thresholds.
     */
    private EventCurve eventCurve(List<SentenceModel> models, int k, List<Path[]> sets, SentenceModel model,
                                  Map<String, ArticleInput> inputs) {
        Map<String, int[][]> scan = new LinkedHashMap<>();
        Map<String, int[]> atModel = new LinkedHashMap<>();
        for (String type : SentenceModel.TYPES) {
            scan.put(type, new int[SCAN.length][3]);
            atModel.put(type, new int[3]);
        }
        for (int s = 0; s <= SCAN.length; s++) {
            List<Engine> engines = new ArrayList<>();
            for (SentenceModel m : models) {
                SentenceModel.Data d = copyWithThresholds(m.data(), s < SCAN.length ? SCAN[s] : -1, model);
                engines.add(new Engine(new DataFiles(extraData), EventExtractor.VERSION, new SentenceModel(d),
                        encoder));
            }
            for (Path[] set : sets) {
                EvaluationReport report = new Evaluator().evaluate(set[1], extractAll(set[0], engines, k, inputs));
                for (String type : SentenceModel.TYPES) {
                    EvaluationReport.Scores sc = report.perType().get(type);
                    int[] c = s < SCAN.length ? scan.get(type)[s] : atModel.get(type);
                    c[0] += sc.tp();
                    c[1] += sc.predicted();
                    c[2] += sc.gold();
                }
            }
        }
        return new EventCurve(scan, atModel);
    }

    /**
     * Also collect the context gate's cases ({@link ContextGateTraining}): after the folds, each held-out train article
     * is extracted by its fold's model (the real model's thresholds) with the data of {@code overlay}, traced and
     * scored. Null (the default): none.
     */
    public CrossValidation contextGateCases(Path overlay) {
        this.contextGateData = overlay;
        return this;
    }

    /** The context gate's out-of-fold cases (after {@link #run} with {@link #contextGateCases}). */
    public List<ContextGateTraining.Case> gateCases() {
        return gateCases;
    }

    /** {tp, predicted, gold} over all types of the extraction that gave {@link #gateCases}. */
    public int[] gateCounts() {
        return gateCounts.clone();
    }

    private void collectGateCases(List<SentenceModel> models, int k, List<Path[]> sets, SentenceModel model,
                                  Map<String, ArticleInput> inputs) {
        List<Engine> engines = new ArrayList<>();
        for (SentenceModel m : models) {
            engines.add(new Engine(new DataFiles(contextGateData), EventExtractor.VERSION,
                    new SentenceModel(copyWithThresholds(m.data(), -1, model)), encoder));
        }
        for (Path[] set : sets) {
            Map<String, List<ExtractedEvent>> byArticle = new TreeMap<>();
            List<ExtractionTrace> traces = new ArrayList<>();
            try (Stream<Path> files = Files.list(set[0])) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = f.getFileName().toString();
                    String key = articleKey(set[0], name);
                    ArticleInput in = inputs.computeIfAbsent(key, x -> reader.apply(f));
                    if (in == null) {
                        continue;
                    }
                    TraceRecorder trace = TraceRecorder.recording();
                    List<ExtractedEvent> events = engines.get(foldOf(key, k)).extract(in, trace);
                    byArticle.put(name, events);
                    ExtractionTrace t = Engine.trace(trace, in, events);
                    // under the file name, as the report names the article
                    traces.add(new ExtractionTrace(name, t.text(), t.sentences(), t.events()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + set[0], e);
            }
            EvaluationReport report = new Evaluator().evaluate(set[1], byArticle);
            gateCases.addAll(ContextGateTraining.cases(set[0].normalize().toString(), traces, report));
            gateCounts[0] += report.micro().tp();
            gateCounts[1] += report.micro().predicted();
            gateCounts[2] += report.micro().gold();
        }
    }

    /** A copy of a fold model's data with every type's threshold {@code t}, or (t negative) the real model's. */
    private static SentenceModel.Data copyWithThresholds(SentenceModel.Data from, float t, SentenceModel model) {
        SentenceModel.Data d = new SentenceModel.Data();
        d.format = from.format;
        d.lexical = from.lexical;
        d.lexicalWeight = from.lexicalWeight;
        d.encoder = from.encoder;
        d.flags = from.flags;
        d.mean = from.mean;
        d.scale = from.scale;
        d.heads = from.heads;
        d.calibration = from.calibration;
        d.trainedOn = from.trainedOn;
        d.thresholds = new LinkedHashMap<>();
        for (String type : SentenceModel.TYPES) {
            d.thresholds.put(type, t >= 0 ? t : (float) model.threshold(type));
        }
        return d;
    }

    private Map<String, List<ExtractedEvent>> extractAll(Path corpus, List<Engine> engines, int k,
                                                         Map<String, ArticleInput> inputs) {
        Map<String, List<ExtractedEvent>> byArticle = new TreeMap<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                String key = articleKey(corpus, name);
                ArticleInput in = inputs.computeIfAbsent(key, x -> reader.apply(f));
                if (in != null) {
                    byArticle.put(name, engines.get(k == 1 ? 0 : foldOf(key, k)).extract(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + corpus, e);
        }
        return byArticle;
    }

    /**
     * Per type, the threshold picked on the event counts of the held-out train articles and of dev added together
     * (smoothed as dev's own choice is), or empty before {@link #run} or without train articles.
     */
    public Map<String, Float> pooledThresholds() {
        return pooledThresholds;
    }

    /**
     * The threshold of {@link #SCAN} picked on train's and dev's {tp, predicted, gold} counts added together: each
     * event weighs the same wherever it comes from, so train's ten times as many events lead and dev corrects.
     */
    static float pooledPick(int[][] train, int[][] dev) {
        double[] f = new double[SCAN.length];
        for (int s = 0; s < SCAN.length; s++) {
            f[s] = f1(new int[] {train[s][0] + dev[s][0], train[s][1] + dev[s][1], train[s][2] + dev[s][2]});
        }
        return SCAN[EventThresholds.smoothedBest(f)];
    }

    private String eventReport(EventCurve train, EventCurve dev, SentenceModel model) {
        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "out of fold, event level (as evaluate), F1 with every type's threshold "
                + "from %.2f by 0.05; then P/R/F1 at the model's thresholds; the threshold each curve picks%n",
                SCAN[0]));
        int[] micro = new int[3];
        for (String type : SentenceModel.TYPES) {
            int[][] t = train.scan().get(type);
            int[][] d = dev.scan().get(type);
            double[] ft = new double[SCAN.length];
            double[] fd = new double[SCAN.length];
            double[] fp = new double[SCAN.length];
            StringBuilder curve = new StringBuilder();
            for (int s = 0; s < SCAN.length; s++) {
                ft[s] = f1(t[s]);
                fd[s] = f1(d[s]);
                fp[s] = f1(new int[] {t[s][0] + d[s][0], t[s][1] + d[s][1], t[s][2] + d[s][2]});
                curve.append(String.format(Locale.ROOT, " %.3f", ft[s]));
            }
            int[] m = train.atModel().get(type);
            pooledThresholds.put(type, pooledPick(t, d));
            for (int a = 0; a < 3; a++) {
                micro[a] += m[a];
            }
            r.append(String.format(Locale.ROOT, "%-20s%s%n", type, curve));
            r.append(String.format(Locale.ROOT, "%-20s at %.2f: P %.3f R %.3f F1 %.3f (%d of %d found, %d "
                    + "predicted); picks train %.2f, dev %.2f, train+dev %.2f%n", "", model.threshold(type),
                    m[1] == 0 ? 0 : (double) m[0] / m[1], m[2] == 0 ? 0 : (double) m[0] / m[2], f1(m), m[0], m[2],
                    m[1], SCAN[EventThresholds.smoothedBest(ft)], SCAN[EventThresholds.smoothedBest(fd)],
                    SCAN[EventThresholds.smoothedBest(fp)]));
        }
        r.append(String.format(Locale.ROOT, "out of fold, micro at the model's thresholds: P %.3f R %.3f F1 %.3f%n",
                micro[1] == 0 ? 0 : (double) micro[0] / micro[1], micro[2] == 0 ? 0 : (double) micro[0] / micro[2],
                f1(micro)));
        return r.toString();
    }
}
