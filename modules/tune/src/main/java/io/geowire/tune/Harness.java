package io.geowire.tune;

import io.geowire.extract.learned.Encoders;
import io.geowire.extract.learned.LabelledSentence;
import io.geowire.extract.learned.LinearHead;
import io.geowire.extract.learned.SentenceEncoder;
import io.geowire.extract.learned.SentenceModel;
import io.geowire.extract.learned.Trainer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The spike's sentence-level yardstick (xpool's method): the dev sentences' average precision per type of a sentence
 * model's type log-odds, for the bundled model, for a model retrained by the project's {@link Trainer} on the cached
 * vectors (the control), and for models retrained with tuned MiniLM vectors (a file written by {@link FineTune}) in
 * place of MiniLM's. Usage: Harness ROOT ENCODER_CACHE DUMP_TSV [--no-controls] [TUNED_VECTORS...]
 */
public final class Harness {
    static final String ENCODER = "all-minilm-l6-v2-q+e5-small-v2-q";

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        long t0 = System.nanoTime();
        SentenceSets sets = SentenceSets.read(root, root.resolve("modules/extract/training-sources.tsv"));
        Files.writeString(Path.of(args[2]), sets.tsv(), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "sentences: train %d (with events %d), dev %d (with events %d); read in %.0f s%n",
                sets.train().size(), sets.train().stream().filter(s -> !s.types().isEmpty()).count(),
                sets.dev().size(), sets.dev().stream().filter(s -> !s.types().isEmpty()).count(),
                (System.nanoTime() - t0) / 1e9);
        SentenceEncoder cached = Encoders.cachedPerPart(ENCODER, cache, 50_000);
        SentenceEncoder miniLm = Encoders.cachedPerPart("all-minilm-l6-v2-q", cache, 50_000);
        SentenceEncoder e5 = Encoders.cachedPerPart("e5-small-v2-q", cache, 50_000);
        int first = 3;
        if (args.length > 4 && args[3].equals("--fuse")) {
            fuse(sets, cached, new MapEncoder("tuned", vectors(args[4])));
            return;
        }
        if (args.length > 3 && args[3].equals("--no-controls")) {
            first = 4;
        } else {
            report("bundled model (MiniLM-q + e5-q, words)", SentenceModel.bundled(), cached, sets.dev());
            report("retrained control (MiniLM-q + e5-q, words)", train(cached, sets), cached, sets.dev());
            report("retrained, MiniLM-q alone (words)", train(miniLm, sets), miniLm, sets.dev());
            report("retrained, MiniLM-q alone (no words)", trainWithoutWords(miniLm, sets), miniLm, sets.dev());
        }
        for (int i = first; i < args.length; i++) {
            Map<String, float[]> tuned = vectors(args[i]);
            SentenceEncoder t = new MapEncoder("tuned", tuned);
            String name = Path.of(args[i].split(",")[0]).getFileName().toString()
                    + (args[i].contains(",") ? " cross-fitted" : "");
            report("tuned " + name + " alone (no words)", trainWithoutWords(t, sets), t, sets.dev());
            report("tuned " + name + " alone (words)", train(t, sets), t, sets.dev());
            SentenceEncoder both = Encoders.concatenated(List.of(t, e5));
            report("tuned " + name + " + e5-q (words)", train(both, sets), both, sets.dev());
        }
    }

    /** FILE[,OVERRIDE...]: later files replace the vectors of the sentences they hold (cross-fitted folds). */
    static Map<String, float[]> vectors(String files) {
        Map<String, float[]> out = new java.util.LinkedHashMap<>();
        for (String f : files.split(",")) {
            out.putAll(VectorFile.read(Path.of(f)));
        }
        return out;
    }

    static SentenceModel train(SentenceEncoder encoder, SentenceSets sets) {
        return new Trainer(encoder, LinearHead.Settings.defaults(), Trainer.DEFAULT_LEXICAL)
                .train(sets.train(), sets.dev());
    }

    /**
     * Late fusion: the control model (cached vectors, words) and a model on the tuned vectors alone (no words) each
     * give log-odds on dev; each is divided by its own spread over the dev sentences (no labels used) and the two are
     * added with equal weight. Nothing is fitted on dev, and the tuned model's train-set overconfidence does not
     * reach the control's heads (the failure of stacking in-sample tuned vectors under the words).
     */
    static void fuse(SentenceSets sets, SentenceEncoder cached, SentenceEncoder tuned) {
        double[][] a = logOdds(train(cached, sets), cached, sets.dev());
        double[][] b = logOdds(trainWithoutWords(tuned, sets), tuned, sets.dev());
        double[][] sum = new double[a.length][];
        for (int t = 0; t < a.length; t++) {
            double sa = spread(a[t]);
            double sb = spread(b[t]);
            sum[t] = new double[a[t].length];
            for (int i = 0; i < sum[t].length; i++) {
                sum[t][i] = a[t][i] / sa + b[t][i] / sb;
            }
        }
        print("control", aps(a, sets.dev()));
        print("tuned alone (no words)", aps(b, sets.dev()));
        print("fused: control + tuned (equal weight)", aps(sum, sets.dev()));
    }

    private static double spread(double[] x) {
        double m = 0;
        for (double v : x) {
            m += v / x.length;
        }
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m) / x.length;
        }
        return Math.sqrt(s);
    }

    static double[][] logOdds(SentenceModel model, SentenceEncoder encoder, List<LabelledSentence> dev) {
        float[][] vectors = encoder.encode(dev.stream().map(LabelledSentence::text).toList());
        double[][] scores = new double[SentenceModel.TYPES.size()][dev.size()];
        for (int i = 0; i < dev.size(); i++) {
            Map<String, Double> odds = model.predict(vectors[i], dev.get(i).flags(), dev.get(i).words()).logOdds();
            for (int t = 0; t < scores.length; t++) {
                scores[t][i] = odds.get(SentenceModel.TYPES.get(t));
            }
        }
        return scores;
    }

    private static void print(String what, double[] ap) {
        System.out.printf(Locale.ROOT, "%-55s dev AP %.3f / %.3f / %.3f  mean %.3f%n", what, ap[0], ap[1], ap[2],
                (ap[0] + ap[1] + ap[2]) / 3);
    }

    /** The vector and flags alone (a format 1 model): what the representation itself separates. */
    static SentenceModel trainWithoutWords(SentenceEncoder encoder, SentenceSets sets) {
        return new Trainer(encoder, LinearHead.Settings.defaults(), null).train(sets.train(), sets.dev());
    }

    /** Prints the dev AP per type (stance / route / sanction) and their mean. */
    static double[] report(String what, SentenceModel model, SentenceEncoder encoder, List<LabelledSentence> dev) {
        List<String> texts = new ArrayList<>();
        for (LabelledSentence s : dev) {
            texts.add(model.encodesMasked() ? s.words().masked() : s.text());
        }
        float[][] vectors = encoder.encode(texts);
        double[][] scores = new double[SentenceModel.TYPES.size()][dev.size()];
        for (int i = 0; i < dev.size(); i++) {
            LabelledSentence s = dev.get(i);
            Map<String, Double> odds = model.predict(vectors[i], s.flags(), s.words()).logOdds();
            for (int t = 0; t < scores.length; t++) {
                scores[t][i] = odds.get(SentenceModel.TYPES.get(t));
            }
        }
        double[] ap = aps(scores, dev);
        System.out.printf(Locale.ROOT, "%-55s dev AP %.3f / %.3f / %.3f  mean %.3f%n", what, ap[0], ap[1], ap[2],
                (ap[0] + ap[1] + ap[2]) / 3);
        return ap;
    }

    /** AP per type of scores[type][sentence] against the sentences' gold types. */
    static double[] aps(double[][] scores, List<LabelledSentence> sentences) {
        double[] ap = new double[scores.length];
        for (int t = 0; t < scores.length; t++) {
            boolean[] positive = new boolean[sentences.size()];
            for (int i = 0; i < positive.length; i++) {
                positive[i] = sentences.get(i).types().contains(SentenceModel.TYPES.get(t));
            }
            ap[t] = Ap.of(scores[t], positive);
        }
        return ap;
    }
}
