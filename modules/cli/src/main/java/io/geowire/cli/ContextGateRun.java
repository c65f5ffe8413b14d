package io.geowire.cli;

import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractionTrace;
import io.geowire.extract.eval.EvaluationReport;
import io.geowire.extract.learned.ContextGateTraining;
import io.geowire.extract.learned.SentenceModel;
import io.geowire.producer.CorpusEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code train --context-gate-only}: extracts the train articles of the sources file with {@code context_parties} and
 * {@code context_paragraph} switched on and the gate off, as {@code evaluate} does (ingest, extract, score), takes the
 * stances the context filled from the traces, labels them by the evaluation and fits the gate
 * ({@link ContextGateTraining}).
 */
final class ContextGateRun {
    /** Article-grouped folds for the out-of-fold threshold choice, as {@code train --cv 5}. */
    private static final int FOLDS = 5;

    private ContextGateRun() {
    }

    /** The cases and the {tp, predicted, gold} counts (all types) of the extraction that gave them. */
    record Cases(List<ContextGateTraining.Case> cases, int tp, int predicted, int gold) {
        ContextGateTraining.Result fit() {
            return ContextGateTraining.fit(cases, tp, predicted, gold, FOLDS);
        }
    }

    static Cases collect(Path root, Path sources, Path data, SentenceModel model, PrintWriter err)
            throws IOException {
        Path overlay = overlayWithContextSwitches(data);
        try {
            EventExtractor extractor = EventExtractor.create(overlay, model);
            List<ContextGateTraining.Case> cases = new ArrayList<>();
            int tp = 0;
            int predicted = 0;
            int gold = 0;
            for (String[] row : new DataFilesReader(sources).trainCorpora()) {
                Path corpus = root.resolve(row[1]);
                Path goldDir = root.resolve(row[2]);
                if (!Files.isDirectory(corpus) || !Files.isDirectory(goldDir)) {
                    err.println("geowire train: skipped missing " + corpus + " or " + goldDir);
                    continue;
                }
                Map<String, ExtractionTrace> traces = new LinkedHashMap<>();
                EvaluationReport report = CorpusEvaluation.evaluate(goldDir, corpus,
                        extractor.tracing(t -> traces.put(t.article(), t)), a -> { });
                cases.addAll(ContextGateTraining.cases(row[1], traces.values(), report));
                tp += report.micro().tp();
                predicted += report.micro().predicted();
                gold += report.micro().gold();
            }
            return new Cases(cases, tp, predicted, gold);
        } finally {
            deleteTree(overlay);
        }
    }

    /**
     * A temporary data folder: the files of {@code data} (if given) and a settings.tsv row that switches the context
     * parties on and the gate off, so the cases are the stances the gate will have to judge.
     */
    static Path overlayWithContextSwitches(Path data) throws IOException {
        Path dir = Files.createTempDirectory("geowire-context-gate");
        if (data != null && Files.isDirectory(data)) {
            try (Stream<Path> files = Files.list(data)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (Files.isRegularFile(f)) {
                        Files.copy(f, dir.resolve(f.getFileName()));
                    }
                }
            }
        }
        List<String> checks = ContextGateTraining.stanceChecksForCases(data);
        Files.writeString(dir.resolve("settings.tsv"), "\nlearned_stance_checks\t" + String.join(",", checks) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return dir;
    }

    static void deleteTree(Path dir) throws IOException {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The sources file's train article corpora (kind "train", not the labelled-sentence rows). */
    private record DataFilesReader(Path sources) {
        List<String[]> trainCorpora() throws IOException {
            List<String[]> out = new ArrayList<>();
            for (String line : Files.readAllLines(sources, StandardCharsets.UTF_8)) {
                String[] cols = line.strip().split("\t");
                if (line.startsWith("#") || cols.length < 3 || !cols[0].equals("train")
                        || cols[1].equals("sentences")) {
                    continue;
                }
                out.add(cols);
            }
            return out;
        }
    }
}
