package io.geowire.extract.learned;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One training run from a sources file (see modules/extract/training-sources.tsv): reads the listed train and dev
 * data, trains the sentence model and returns it with a report. Sources that do not exist are reported and skipped.
 */
public final class TrainingRun {
    /** The trained model and what the run printed. */
    public record Result(SentenceModel model, String report, List<CrossValidation.OofRow> oofRows,
                         ContextGateTraining.Result contextGate) {
        public Result(SentenceModel model, String report) {
            this(model, report, List.of(), null);
        }

        public Result(SentenceModel model, String report, List<CrossValidation.OofRow> oofRows) {
            this(model, report, oofRows, null);
        }
    }

    private final Path root;
    private final Function<Path, ArticleInput> reader;
    private final SentenceEncoder encoder;
    private final LinearHead.Settings settings;
    private final Path extraData;
    private final SentenceModel.Lexical lexical;
    private int folds;
    private double labelledSentenceWeight = 1.0;
    private boolean pooledThresholds;
    /** Data overlay with the context parties on and the gate off, for the gate's out-of-fold cases; null: none. */
    private Path contextGateData;

    public TrainingRun(Path root, Function<Path, ArticleInput> reader, SentenceEncoder encoder,
                       LinearHead.Settings settings) {
        this(root, reader, encoder, settings, null, Trainer.DEFAULT_LEXICAL);
    }

    public TrainingRun(Path root, Function<Path, ArticleInput> reader, SentenceEncoder encoder,
                       LinearHead.Settings settings, Path extraData) {
        this(root, reader, encoder, settings, extraData, Trainer.DEFAULT_LEXICAL);
    }

    /**
     * @param root    folder that the paths of the sources file are relative to
     * @param reader  how an article file becomes extractor input (the CLI passes ingest's cleaning)
     * @param extraData folder of data files that extend the bundled ones (as {@code extract --data}), or null: the
     *                  rules that label the sentences and the extractor whose thresholds are tuned use them
     * @param lexical   how the sentence's words enter the model, or null for none (see {@link Trainer})
     */
    public TrainingRun(Path root, Function<Path, ArticleInput> reader, SentenceEncoder encoder,
                       LinearHead.Settings settings, Path extraData, SentenceModel.Lexical lexical) {
        this.lexical = lexical;
        this.extraData = extraData;
        this.root = root;
        this.reader = reader;
        this.encoder = encoder;
        this.settings = settings;
    }

    /**
     * After training, cross-validate over the train articles in {@code k} folds and print the figures ({@link
     * CrossValidation}); 0 (the default): no cross-validation.
     */
    public TrainingRun crossValidate(int k) {
        if (k == 1 || k < 0) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds (0: none): " + k);
        }
        this.folds = k;
        return this;
    }

    /**
     * Whether the thresholds are picked on the event counts of dev and of the cross-validation's held-out train
     * articles together (needs {@link #crossValidate}) instead of dev's alone (the default).
     */
    public TrainingRun thresholdsFromTrainAndDev(boolean pooled) {
        this.pooledThresholds = pooled;
        return this;
    }

    /**
     * With the cross-validation, also fit the context gate ({@link ContextGateTraining}) on the context-filled stances
     * each fold's model gives its held-out train articles when extracted with the data of {@code overlay} (the
     * context switches on, the gate off): the head's probability in the cases is then out of fold, as on new text.
     */
    public TrainingRun contextGate(Path overlay) {
        this.contextGateData = overlay;
        return this;
    }

    /** Weight of each labelled-sentence row beside an article sentence's 1 (default 1). */
    public TrainingRun labelledSentenceWeight(double weight) {
        if (!(weight > 0)) {
            throw new IllegalArgumentException("labelled-sentence weight must be positive: " + weight);
        }
        this.labelledSentenceWeight = weight;
        return this;
    }

    public Result run(Path sourcesFile) {
        Engine rules = new Engine(new DataFiles(extraData), EventExtractor.VERSION);
        TrainingData data = new TrainingData(rules);
        List<LabelledSentence> train = new ArrayList<>();
        List<LabelledSentence> dev = new ArrayList<>();
        List<Path[]> devArticles = new ArrayList<>();
        List<Path[]> trainArticles = new ArrayList<>();
        // per training sentence: its article (null for a labelled-sentence row) and its weight
        List<String> articles = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (String[] src : sources(sourcesFile)) {
            List<LabelledSentence> into = switch (src[0]) {
                case "train" -> train;
                case "dev" -> dev;
                default -> throw new IllegalArgumentException(sourcesFile + ": unknown split " + src[0]
                        + " (train or dev)");
            };
            Path a = root.resolve(src[2]);
            if (src[1].equals("sentences")) {
                if (!Files.isDirectory(a)) {
                    report.append("skipped (missing): ").append(src[2]).append('\n');
                    continue;
                }
                int before = into.size();
                for (Path tsv : tsvFiles(a)) {
                    into.addAll(data.fromTsv(tsv));
                }
                if (into == train) {
                    for (int i = before; i < train.size(); i++) {
                        articles.add(null);
                        weights.add(labelledSentenceWeight);
                    }
                }
                report.append(String.format("%-5s %5d sentences from %s%n", src[0], into.size() - before, src[2]));
            } else {
                Path corpus = root.resolve(src[1]);
                if (!Files.isDirectory(corpus) || !Files.isDirectory(a)) {
                    report.append("skipped (missing): ").append(src[1]).append('\n');
                    continue;
                }
                int before = into.size();
                into.addAll(data.fromArticles(corpus, a, reader));
                if (src[0].equals("dev")) {
                    devArticles.add(new Path[] {corpus, a});
                } else {
                    trainArticles.add(new Path[] {corpus, a});
                    for (int i = before; i < train.size(); i++) {
                        String origin = train.get(i).origin();
                        articles.add(CrossValidation.articleKey(corpus, origin.substring(0, origin.lastIndexOf('#'))));
                        weights.add(1.0);
                    }
                }
                report.append(String.format("%-5s %5d sentences from %s%n", src[0], into.size() - before, src[1]));
            }
        }
        for (String w : data.warnings()) {
            report.append("warning: ").append(w).append('\n');
        }
        Trainer trainer = new Trainer(encoder, settings, lexical);
        // weights only when they differ from 1: the default model's bytes stay those of an unweighted run
        double[] w = labelledSentenceWeight == 1.0 ? null : weights.stream().mapToDouble(Double::doubleValue).toArray();
        if (w != null) {
            report.append(String.format(java.util.Locale.ROOT, "labelled-sentence rows weigh %.3g each%n",
                    labelledSentenceWeight));
        }
        SentenceModel model = trainer.train(train, w, dev);
        report.append(trainer.report());
        if (!devArticles.isEmpty()) {
            report.append(EventThresholds.tune(model.data(), encoder, devArticles, reader, extraData));
        }
        if (pooledThresholds && folds < 2) {
            throw new IllegalArgumentException("thresholds from train and dev need the cross-validation (folds >= 2)");
        }
        List<CrossValidation.OofRow> oofRows = List.of();
        ContextGateTraining.Result gate = null;
        if (folds > 1) {
            CrossValidation cv = new CrossValidation(encoder, settings, lexical, extraData, reader)
                    .contextGateCases(contextGateData);
            report.append(cv.run(folds, train, articles, w, dev, trainArticles, devArticles, model));
            oofRows = List.copyOf(cv.oofRows());
            if (contextGateData != null) {
                int[] c = cv.gateCounts();
                gate = ContextGateTraining.fit(cv.gateCases(), c[0], c[1], c[2], folds);
                report.append("\ncontext gate, cases from the held-out train articles of each fold's model:\n")
                        .append(gate.report());
            }
            if (pooledThresholds && !cv.pooledThresholds().isEmpty()) {
                model.data().thresholds.putAll(cv.pooledThresholds());
                report.append("thresholds from the held-out train articles and dev together: ")
                        .append(cv.pooledThresholds()).append('\n');
            }
        }
        return new Result(new SentenceModel(model.data()), report.toString(), oofRows, gate);
    }

    private static List<String[]> sources(Path file) {
        List<String[]> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length != 3) {
                    throw new IllegalArgumentException(file + ": expected 3 tab-separated columns: " + line);
                }
                out.add(c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    private static List<Path> tsvFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
