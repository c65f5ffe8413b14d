package io.geowire.cli;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.learned.BgeSmallEncoder;
import io.geowire.extract.learned.CachingEncoder;
import io.geowire.extract.learned.ContextGateTraining;
import io.geowire.extract.learned.CrossValidation;
import io.geowire.extract.learned.E5SmallEncoder;
import io.geowire.extract.learned.EmbeddingCache;
import io.geowire.extract.learned.Encoders;
import io.geowire.extract.learned.FieldRankerTraining;
import io.geowire.extract.learned.LexicalFeatures;
import io.geowire.extract.learned.LinearHead;
import io.geowire.extract.learned.MiniLmE5Encoder;
import io.geowire.extract.learned.MiniLmEncoder;
import io.geowire.extract.learned.SentenceEncoder;
import io.geowire.extract.learned.SentenceModel;
import io.geowire.extract.learned.Trainer;
import io.geowire.extract.learned.TrainingRun;
import io.geowire.ingest.IngestOptions;
import io.geowire.ingest.IngestStatus;
import io.geowire.ingest.IngestedArticle;
import io.geowire.ingest.Ingestor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        header = "Retrain the learned sentence stage of extract.",
        description = "Retrains the learned sentence stage of extract from the sources listed in a sources file and "
            + "writes the model file. Same data, same bytes. Run it from the repository root.")
final class TrainCommand implements Callable<Integer> {
    /** Vectors each part's own cache holds in memory: more than the train and dev sentences (about 11,000). */
    private static final int PART_CACHE_ENTRIES = 100_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--sources", defaultValue = "modules/extract/training-sources.tsv",
            description = "Sources file (default: ${DEFAULT-VALUE})")
    Path sources;

    @Option(names = "--out", defaultValue = "modules/extract/src/main/resources/io/geowire/extract/learned/sentence-model.json",
            description = "Model file to write (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--fields-out", defaultValue = "modules/extract/src/main/resources/io/geowire/extract/data/fields.tsv",
            description = "Weights of the actor/target ranker to write (default: ${DEFAULT-VALUE})")
    Path fieldsOut;

    @Option(names = "--fields-only", description = "Refit only the actor/target ranker (fast: no encoder)")
    boolean fieldsOnly;

    @Option(names = "--context-gate-only", description = "Fit only the context gate (context-gate.tsv): extract the "
            + "train articles with context_parties and context_paragraph on, label the stances the context filled by "
            + "the gold and fit a logistic regression on how they were filled, its threshold chosen out of fold")
    boolean contextGateOnly;

    @Option(names = "--context-gate", description = "With --cv: also fit the context gate (context-gate.tsv) on the "
            + "context-filled stances each fold's model gives its held-out train articles (the head's probability out "
            + "of fold, as on new text), and write it to --context-gate-out")
    boolean contextGateFromCv;

    @Option(names = "--context-gate-out", defaultValue = "modules/extract/src/main/resources/io/geowire/extract/data/"
            + "context-gate.tsv", description = "With --context-gate-only: the gate's file to write (default: "
            + "${DEFAULT-VALUE})")
    Path contextGateOut;

    @Option(names = "--context-gate-cases", description = "With --context-gate-only: also write the cases (article, "
            + "right or wrong, one column per feature) to this TSV file, for analysis")
    Path contextGateCases;

    @Option(names = "--model", description = "With --context-gate-only: the sentence model whose stances the gate "
            + "judges (default: the bundled one; after a retrain, the new model file)")
    Path model;

    @Option(names = "--encoder-cache", description = "Folder that keeps sentence embeddings between runs: a second "
            + "train (or evaluate --encoder-cache) on the same data costs no encoder time; the vectors are the ones "
            + "extract computes")
    Path encoderCache;

    @Option(names = "--encoder", description = "Sentence encoder whose vectors the heads read: "
            + MiniLmE5Encoder.NAME + " (MiniLM's 384 values followed by e5-small-v2's, 768 in all; the default, "
            + "which the bundled model reads), " + MiniLmEncoder.NAME + " (384 values: a third of the encoder CPU, "
            + "weaker heads), or any of " + MiniLmEncoder.NAME + ", " + E5SmallEncoder.NAME + ", "
            + BgeSmallEncoder.NAME + " alone or joined by '+' (vectors concatenated in that order; bge needs its "
            + "artifact on the classpath, which the application does not bring: docs/extraction.md)")
    String encoderName = MiniLmE5Encoder.NAME;

    @Option(names = "--data", description = "Folder of extra data files that extend the bundled ones, as for extract "
            + "and evaluate: the thresholds are tuned for that extractor")
    Path data;

    @Option(names = "--lexical", description = "How the sentence's words enter the model: joint (in the type heads, "
            + "beside the sentence vector; the default), stacked (a words head per type, weighed against the sentence "
            + "head on dev) or none (embedding and flags only, a format 1 model)")
    String lexical = Trainer.DEFAULT_LEXICAL.mode();

    @Option(names = "--lexical-buckets", description = "Hash buckets for the words' unigrams and bigrams (default: "
            + "4096)")
    int lexicalBuckets = Trainer.DEFAULT_LEXICAL.buckets();

    @Option(names = "--words", description = "What the word features read: text (the sentence as written), "
            + "parties (the default: the sentence with states, organisations, people, routes and places replaced by "
            + "placeholders, plus what the gazetteer says about the parties: who speaks, how many; a format 3 model), "
            + "or masked (as parties, and the encoder reads the masked sentence too)")
    String words = Trainer.DEFAULT_LEXICAL.words() == null ? "text" : Trainer.DEFAULT_LEXICAL.words();

    @Option(names = "--lexical-l2", description = "L2 strength on the words' weights (default: 0.005)")
    double lexicalL2 = LinearHead.Settings.defaults().sparseL2();

    @Option(names = "--l2", description = "L2 strength on the heads' sentence-vector weights (default: 0.05)")
    double l2 = LinearHead.Settings.defaults().l2();

    @Option(names = "--class-balance", description = "How far the heads balance their classes: 1 (the default) "
            + "gives every class the same total weight, 0 counts each sentence once, 0.5 is between")
    double classBalance = LinearHead.Settings.defaults().classBalance();

    @Option(names = "--labelled-weight", description = "Weight of each labelled-sentence row (the sources' "
            + "'sentences' folders) beside an article sentence's 1 (default: 1)")
    double labelledWeight = 1.0;

    @Option(names = "--cv", description = "After training, cross-validate over the train articles in this many folds "
            + "(grouped by article; labelled-sentence rows always trained on; each fold calibrated on dev) and print "
            + "sentence- and event-level figures out of fold (0, the default: none; 5 takes a few minutes)")
    int cvFolds;

    @Option(names = "--oof-out", description = "With --cv: write every held-out train sentence's out-of-fold "
            + "probability per type, with its article, gold types, rule types and text, to this TSV file (for a "
            + "label-noise audit of the train gold)")
    Path oofOut;

    @Option(names = "--thresholds", description = "Where the thresholds are picked: dev (the default: dev's event-level "
            + "F1 curve) or train+dev (dev's and the cross-validation's held-out train articles' event counts "
            + "together; needs --cv)")
    String thresholdsFrom = "dev";

    @Option(names = "--root", defaultValue = ".", description = "Folder the sources' paths are relative to")
    Path root;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(sources)) {
            err.println("geowire train: sources file not found: " + sources);
            return ExitCodes.NO_INPUT;
        }
        if (contextGateOnly) {
            return fitContextGate(o, err);
        }
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        if (!fieldsOnly) {
            // the same cleaning as extract and evaluate, so sentences are split as they will be at run time
            // through the embedding cache, as extract reads sentences: the same normalised text, the same vector
            try {
                Encoders.dimension(encoderName);
            } catch (IllegalArgumentException e) {
                err.println("geowire train: --encoder must be one of " + String.join(", ", Encoders.SINGLE)
                        + " or several of them joined by '+': " + encoderName);
                return ExitCodes.USAGE;
            }
            SentenceEncoder encoder;
            try {
                encoder = Encoders.named(encoderName);
            } catch (ExceptionInInitializerError e) {
                // an encoder whose artifact is not on the classpath (bge: test scope only) fails as it loads
                err.println("geowire train: cannot load --encoder " + encoderName + ": "
                        + (e.getCause() == null ? e : e.getCause().getMessage()));
                return ExitCodes.FAILURE;
            }
            if (encoderCache != null) {
                // the whole vector is kept under the encoder's name (what evaluate --encoder-cache reads) and each
                // part's under its own (a new concatenation sharing a part encodes only what is new)
                EventExtractor.keepEmbeddingsIn(encoderCache, encoderName);
                if (encoderName.contains("+")) {
                    encoder = Encoders.cachedPerPart(encoderName, encoderCache, PART_CACHE_ENTRIES);
                }
            }
            if (!List.of("stacked", "joint", "none").contains(lexical)) {
                err.println("geowire train: --lexical must be stacked, joint or none: " + lexical);
                return ExitCodes.USAGE;
            }
            if (!List.of("text", "parties", "masked").contains(words)) {
                err.println("geowire train: --words must be text, parties or masked: " + words);
                return ExitCodes.USAGE;
            }
            LinearHead.Settings d = LinearHead.Settings.defaults();
            TrainingRun run = new TrainingRun(root, file -> read(ingestor, file),
                    new CachingEncoder(encoder, EmbeddingCache.shared()),
                    new LinearHead.Settings(l2, d.steps(), d.learningRate(), lexicalL2, classBalance), data,
                    lexical.equals("none") ? null
                        : new SentenceModel.Lexical(lexical, lexicalBuckets, LexicalFeatures.VERSION,
                            words.equals("text") ? null : words));
            if (cvFolds == 1 || cvFolds < 0) {
                err.println("geowire train: --cv needs at least 2 folds (0: none): " + cvFolds);
                return ExitCodes.USAGE;
            }
            if (!(labelledWeight > 0)) {
                err.println("geowire train: --labelled-weight must be positive: " + labelledWeight);
                return ExitCodes.USAGE;
            }
            if (!List.of("dev", "train+dev").contains(thresholdsFrom) || (thresholdsFrom.equals("train+dev")
                    && cvFolds == 0)) {
                err.println("geowire train: --thresholds must be dev, or train+dev with --cv: " + thresholdsFrom);
                return ExitCodes.USAGE;
            }
            if (oofOut != null && cvFolds == 0) {
                err.println("geowire train: --oof-out needs --cv");
                return ExitCodes.USAGE;
            }
            run.crossValidate(cvFolds).labelledSentenceWeight(labelledWeight)
                    .thresholdsFromTrainAndDev(thresholdsFrom.equals("train+dev"));
            Path gateData = cvFolds > 1 && contextGateFromCv ? ContextGateRun.overlayWithContextSwitches(data) : null;
            run.contextGate(gateData);
            TrainingRun.Result result;
            try {
                result = run.run(sources);
            } finally {
                ContextGateRun.deleteTree(gateData);
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            byte[] json = result.model().toJson();
            Files.write(out, json);
            o.print(result.report());
            o.println("wrote " + out + " (" + json.length + " bytes)");
            if (result.contextGate() != null) {
                writeCreatingFolder(contextGateOut, result.contextGate().weightsTsv());
                o.println("wrote " + contextGateOut + " (context gate, out-of-fold cases)");
            }
            if (oofOut != null) {
                writeCreatingFolder(oofOut, CrossValidation.oofTsv(result.oofRows()));
                o.println("wrote " + oofOut + " (" + result.oofRows().size() + " out-of-fold sentences)");
            }
        }
        // the actor/target ranker learns from the same train articles' gold (rules-only analysis: no encoder needed)
        FieldRankerTraining.Result fields = FieldRankerTraining.fit(root, sources, file -> read(ingestor, file));
        writeCreatingFolder(fieldsOut, fields.weightsTsv());
        o.println("wrote " + fieldsOut + " (actor/target ranker, " + fields.cases() + " cases, "
                + fields.unlocated() + " gold events not located)");
        o.flush();
        return ExitCodes.OK;
    }

    /** {@code --context-gate-only}: the gate of the model's context-filled stances ({@link ContextGateRun}). */
    private Integer fitContextGate(PrintWriter o, PrintWriter err) throws IOException {
        if (model != null && !Files.isRegularFile(model)) {
            err.println("geowire train: model file not found: " + model);
            return ExitCodes.NO_INPUT;
        }
        SentenceModel m = model == null ? SentenceModel.bundled() : SentenceModel.read(Files.readAllBytes(model));
        if (encoderCache != null) {
            EventExtractor.keepEmbeddingsIn(encoderCache, m.encoder());
        }
        ContextGateRun.Cases cases = ContextGateRun.collect(root, sources, data, m, err);
        if (contextGateCases != null) {
            writeCreatingFolder(contextGateCases, ContextGateTraining.casesTsv(cases.cases()));
            o.println("wrote " + contextGateCases + " (" + cases.cases().size() + " cases)");
        }
        ContextGateTraining.Result gate = cases.fit();
        writeCreatingFolder(contextGateOut, gate.weightsTsv());
        o.print(gate.report());
        o.println("wrote " + contextGateOut);
        o.flush();
        return ExitCodes.OK;
    }

    /** Writes {@code text} to {@code file}, creating its folder first (an output path may name a folder not made yet). */
    private static void writeCreatingFolder(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static ArticleInput read(Ingestor ingestor, Path file) {
        try {
            IngestedArticle a = ingestor.ingestText(file.getFileName().toString(),
                    Files.readString(file, StandardCharsets.UTF_8));
            if (a == null || a.status() == IngestStatus.DEAD_LETTER) {
                return null;
            }
            return new ArticleInput(a.article(), a.text(), a.published());
        } catch (IOException e) {
            return null;
        }
    }
}
