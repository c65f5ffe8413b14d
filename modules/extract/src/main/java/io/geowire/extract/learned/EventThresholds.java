package io.geowire.extract.learned;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.EventExtractor;
import io.geowire.extract.ExtractedEvent;
import io.geowire.extract.eval.EvaluationReport;
import io.geowire.extract.eval.Evaluator;
import io.geowire.extract.internal.DataFiles;
import io.geowire.extract.internal.Engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Tunes each type's threshold on the dev articles at the level that counts: whole events (type and key fields), as
 * evaluate scores them. A sentence-level threshold ignores that a picked sentence may yield no event or a wrong one
 * (fields unfilled or mis-filled), so it over-trusts the classifier. Dev only; never the test split.
 */
final class EventThresholds {
    private static final int MIN = 20;
    private static final int MAX = 100;
    private static final int STEP = 5;

    private EventThresholds() {
    }

    /**
     * The index whose F1, averaged with its two neighbours, is highest; when several are (a flat stretch of the
     * curve), the middle one of them, as {@link Trainer#bestThreshold} does at sentence level: an end of a plateau is
     * one event away from a worse threshold. Dev has a few dozen events per type, so one event more or less makes a
     * single threshold win by chance; a plateau of good thresholds is a steadier choice than a spike.
     */
    static int smoothedBest(double[] f1) {
        List<Integer> best = new ArrayList<>();
        double bestScore = -1;
        for (int i = 0; i < f1.length; i++) {
            double sum = 0;
            int n = 0;
            for (int j = Math.max(0, i - 1); j <= Math.min(f1.length - 1, i + 1); j++) {
                sum += f1[j];
                n++;
            }
            double score = sum / n;
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best.clear();
            }
            if (Math.abs(score - bestScore) <= 1e-9) {
                best.add(i);
            }
        }
        return best.get(best.size() / 2);
    }

    static String tune(SentenceModel.Data data, SentenceEncoder encoder, List<Path[]> devSets,
                       Function<Path, ArticleInput> reader, Path extraData) {
        SentenceEncoder cached = caching(encoder);
        StringBuilder report = new StringBuilder("\ndev, event level (as evaluate), threshold per type:\n");
        for (String type : SentenceModel.TYPES) {
            double[] f1 = new double[(MAX - MIN) / STEP + 1];
            for (int i = 0; i < f1.length; i++) {
                data.thresholds.put(type, (MIN + i * STEP) / 100f);
                f1[i] = f1(new SentenceModel(data), cached, devSets, reader, type, extraData);
            }
            int best = smoothedBest(f1);
            data.thresholds.put(type, (MIN + best * STEP) / 100f);
            report.append(String.format(Locale.ROOT, "%-20s threshold %.2f  F1 %.3f  (F1 from %.2f by %.2f:",
                    type, (MIN + best * STEP) / 100f, f1[best], MIN / 100f, STEP / 100f));
            for (double v : f1) {
                report.append(String.format(Locale.ROOT, " %.3f", v));
            }
            report.append(")\n");
        }
        return report.toString();
    }

    private static double f1(SentenceModel model, SentenceEncoder encoder, List<Path[]> devSets,
                             Function<Path, ArticleInput> reader, String type, Path extraData) {
        Engine engine = new Engine(new DataFiles(extraData), EventExtractor.VERSION, model, encoder);
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        for (Path[] set : devSets) {
            Map<String, List<ExtractedEvent>> byArticle = new TreeMap<>();
            try (Stream<Path> files = Files.list(set[0])) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    ArticleInput in = reader.apply(f);
                    if (in != null) {
                        byArticle.put(f.getFileName().toString(), engine.extract(in));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + set[0], e);
            }
            EvaluationReport r = new Evaluator().evaluate(set[1], byArticle);
            EvaluationReport.Scores s = r.perType().get(type);
            tp += s.tp();
            predicted += s.predicted();
            gold += s.gold();
        }
        return CrossValidation.f1(new int[] {tp, predicted, gold});
    }

    /** An encoder that keeps every vector it computed in memory, for scans that read the same sentences again. */
    static SentenceEncoder caching(SentenceEncoder inner) {
        Map<String, float[]> cache = new HashMap<>();
        return new NamedEncoder(inner.name(), inner.dimension()) {
            @Override
            public synchronized float[][] encode(List<String> sentences) {
                List<String> missing = sentences.stream().filter(s -> !cache.containsKey(s)).distinct().toList();
                float[][] fresh = inner.encode(missing);
                for (int i = 0; i < fresh.length; i++) {
                    cache.put(missing.get(i), fresh[i]);
                }
                float[][] out = new float[sentences.size()][];
                for (int i = 0; i < out.length; i++) {
                    out[i] = cache.get(sentences.get(i));
                }
                return out;
            }
        };
    }
}
