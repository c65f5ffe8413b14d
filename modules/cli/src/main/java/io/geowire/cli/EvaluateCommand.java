package io.geowire.cli;

import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractionTrace;
import io.geowire.extract.eval.EvaluationReport;
import io.geowire.extract.eval.Evaluator;
import io.geowire.extract.eval.MissExplainer;
import io.geowire.extract.learned.EncoderCascadeStats;
import io.geowire.extract.learned.SentenceModel;
import io.geowire.producer.CorpusEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        header = "Score extraction against gold annotations.",
        description = "Prints precision, recall and F1 of extract against gold annotations (matching as score.py "
            + "does), with the missed and the spurious events (with --explain, why each was missed). The last line is "
            + "'micro F1 X.XXX'. With --annotations instead of --corpus it scores a second set of annotation files "
            + "against the gold (how far two annotators agree), without extracting.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, description = "Folder of gold annotation files (one JSON per article)")
    Path gold;

    @Option(names = "--corpus", description = "Folder of the annotated articles (or --annotations)")
    Path corpus;

    @Option(names = "--annotations", description = "Instead of extracting from --corpus: a folder of a second "
            + "annotator's files in the gold format, scored against --gold over the articles both annotate; prints "
            + "the same report, after one DISAGREE line per key field that differed where both marked the same "
            + "evidence")
    Path annotations;

    @Option(names = "--data", description = "Folder of extra gazetteer/lexicon files that extend the bundled ones")
    Path data;

    @Option(names = "--rules-only", description = "Rules and gazetteers alone, without the learned sentence stage")
    boolean rulesOnly;

    @Option(names = "--model", description = "Sentence model file to use instead of the bundled one (e.g. written by "
            + "train --out), to compare models without rebuilding")
    Path model;

    @Option(names = "--encoder-cache", description = "Folder that keeps sentence embeddings between runs (as run "
            + "--data-dir does): scoring the same corpus again costs no encoder time")
    Path encoderCache;

    @Option(names = "--explain", description = "Before the scores, print one WHY line per missed gold event saying "
            + "why it was missed (no sentence, classifier probability under the threshold, no actor or target, which "
            + "check dropped it, repeated keys, wrong key fields), then the number of misses per type and cause")
    boolean explain;

    @Option(names = "--dates", description = "Before the scores, print one DATE line per matched event whose date "
            + "is wrong (one the date accuracy counts as wrong, or a date where the gold event has none: gold=null): "
            + "predicted and gold date, the article's publication date, the gold evidence")
    boolean dates;

    @Option(names = "--min-f1", description = "Exit with code 4 when micro F1 is below this")
    Double minF1;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(gold)) {
            err.println("geowire evaluate: gold folder not found: " + gold);
            return ExitCodes.NO_INPUT;
        }
        if ((corpus == null) == (annotations == null)) {
            err.println("geowire evaluate: give either --corpus (score extraction) or --annotations (score a second "
                    + "annotator)");
            return ExitCodes.USAGE;
        }
        if (annotations != null) {
            return scoreAnnotations(out, err);
        }
        if (model != null && rulesOnly) {
            err.println("geowire evaluate: --model and --rules-only exclude each other");
            return ExitCodes.USAGE;
        }
        if (model != null && !Files.isRegularFile(model)) {
            err.println("geowire evaluate: model file not found: " + model);
            return ExitCodes.NO_INPUT;
        }
        SentenceModel candidate = model == null ? null : SentenceModel.read(readModel(model));
        if (encoderCache != null) {
            // the vectors of the encoder the evaluated model reads
            if (candidate == null) {
                EventExtractor.keepEmbeddingsIn(encoderCache);
            } else {
                EventExtractor.keepEmbeddingsIn(encoderCache, candidate.encoder());
            }
        }
        EventExtractor extractor = candidate == null ? Extractors.of(data, rulesOnly)
                : EventExtractor.create(data, candidate);
        // the same ingestion and extraction as `extract` and `produce` (and the quality tests), so the figures
        // describe what users get
        EncoderCascadeStats.Counts before = EncoderCascadeStats.snapshot();
        Map<String, ExtractionTrace> traces = new ConcurrentHashMap<>();
        if (explain) {
            extractor = extractor.tracing(t -> traces.put(t.article(), t));
        }
        CorpusEvaluation.Scored scored = CorpusEvaluation.evaluateWithDates(gold, corpus, extractor,
                article -> err.println("skipped " + article.article() + ": " + article.reason()));
        EvaluationReport report = scored.report();
        if (dates) {
            // before the scores too, so the last line stays "micro F1 X.XXX"
            scored.wrongDates().forEach(d -> out.println(d.line()));
        }
        if (explain) {
            // before the scores, so the last line stays "micro F1 X.XXX"
            out.print(MissExplainer.format(new MissExplainer().explain(report.missed(), report.spurious(), traces)));
        }
        out.println(report.format());
        EncoderCascadeStats.Counts cascade = EncoderCascadeStats.snapshot().since(before);
        if (cascade.encoded() + cascade.skipped() > 0) {
            // on stderr: the report itself stays comparable line for line between settings
            err.printf(java.util.Locale.ROOT, "encoder cascade: %d of %d candidate sentences encoded (%.1f%%), %d left "
                    + "out%n", cascade.encoded(), cascade.encoded() + cascade.skipped(), 100 * cascade.encodedShare(),
                    cascade.skipped());
        }
        out.flush();
        return exitCodeFor(report);
    }

    private int scoreAnnotations(PrintWriter out, PrintWriter err) {
        if (!Files.isDirectory(annotations)) {
            err.println("geowire evaluate: annotations folder not found: " + annotations);
            return ExitCodes.NO_INPUT;
        }
        Evaluator.Agreement agreement = new Evaluator().agreement(gold, annotations);
        if (!agreement.goldOnly().isEmpty() || !agreement.secondOnly().isEmpty()) {
            err.println("left out: " + agreement.goldOnly().size() + " articles only the gold annotates, "
                    + agreement.secondOnly().size() + " only --annotations does");
        }
        // before the scores, so the last line stays "micro F1 X.XXX"
        agreement.keyDisagreements().forEach((field, n) -> out.println("DISAGREE " + field + " " + n));
        out.println(agreement.report().format());
        out.flush();
        return exitCodeFor(agreement.report());
    }

    /** --min-f1's verdict on the micro F1, the same for extraction and for a second annotation. */
    private int exitCodeFor(EvaluationReport report) {
        return minF1 != null && report.micro().f1() < minF1 ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }

    private static byte[] readModel(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
