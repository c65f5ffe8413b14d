package io.geowire.extract.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geowire.extract.ArticleInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Fits the {@link FieldRanker} weights ({@code fields.tsv}) from the gold of the training articles: for every gold
 * stance or sanction statement, the sentence holding its evidence gives one case per role, whose candidates are
 * those the extractor would consider and whose answer is the gold actor (or target). Only the {@code train} article
 * sources of the sources file are read; labelled sentences carry no actors and the dev split stays unseen.
 */
public final class FieldTraining {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "# Weights of the actor/target ranker (FieldRanker), fitted by ./geowire train on the gold of the\n"
            + "# train article sources. Lines: role<TAB>feature<TAB>weight. Do not edit by hand: retrain.\n";

    private final Engine engine;
    private final List<FieldRanker.Example> examples = new ArrayList<>();
    private int unlocated;

    public FieldTraining(Engine engine) {
        this.engine = engine;
    }

    record Article(ArticleState st, Lexicon lex, Participants participants) {
    }

    /** Reads the train article sources of a sources file (see training-sources.tsv) and fits the weights. */
    public String fitFromSources(Path root, Path sourcesFile, Function<Path, ArticleInput> reader) {
        try {
            for (String line : Files.readAllLines(sourcesFile)) {
                String[] c = line.split("\t");
                if (line.startsWith("#") || c.length < 3 || !c[0].equals("train") || c[1].equals("sentences")) {
                    continue;
                }
                addCorpus(root.resolve(c[1]), root.resolve(c[2]), reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return weightsTsv();
    }

    /** Cases from every article of {@code corpusDir} that has a gold file in {@code goldDir}. */
    public void addCorpus(Path corpusDir, Path goldDir, Function<Path, ArticleInput> reader) throws IOException {
        List<Path> golds;
        try (Stream<Path> files = Files.list(goldDir)) {
            golds = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : golds) {
            JsonNode doc = JSON.readTree(g.toFile());
            Path article = corpusDir.resolve(Path.of(doc.path("article").asText()).getFileName().toString());
            ArticleInput input = Files.isRegularFile(article) ? reader.apply(article) : null;
            if (input != null) {
                add(engine.analyse(input), doc.path("events"));
            }
        }
    }

    /** Gold events whose evidence could not be placed in a sentence (reported by train). */
    public int unlocated() {
        return unlocated;
    }

    public int cases() {
        return examples.size();
    }

    public String weightsTsv() {
        return FieldRanker.toTsv(FieldRanker.fit(examples), HEADER);
    }

    private void add(Article a, JsonNode events) {
        // per sentence: the gold actors of each type, and the gold targets of each stance actor
        Map<Integer, Set<String>> stanceActors = new LinkedHashMap<>();
        Map<Integer, Set<String>> sanctionActors = new LinkedHashMap<>();
        Map<Integer, Map<String, Set<String>>> targets = new LinkedHashMap<>();
        for (JsonNode e : events) {
            String type = e.path("type").asText();
            if (!type.equals("stance") && !type.equals("sanction_statement")) {
                continue;
            }
            int i = sentenceOf(a.st(), e.path("evidence").asText());
            String actor = e.path("actor").asText(null);
            if (i < 0 || actor == null) {
                unlocated += i < 0 ? 1 : 0;
                continue;
            }
            if (type.equals("stance")) {
                stanceActors.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(actor);
                String target = e.path("target").asText(null);
                if (target != null) {
                    targets.computeIfAbsent(i, k -> new LinkedHashMap<>())
                            .computeIfAbsent(actor, k -> new LinkedHashSet<>()).add(target);
                }
            } else {
                sanctionActors.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(actor);
            }
        }
        stanceActors.forEach((i, gold) -> examples.add(new FieldRanker.Example("stance_actor",
                FieldRanker.actorCandidates(a.st(), a.lex(), a.participants(), a.st().sents.get(i)), gold)));
        sanctionActors.forEach((i, gold) -> examples.add(new FieldRanker.Example("sanction_actor",
                FieldRanker.actorCandidates(a.st(), a.lex(), a.participants(), a.st().sents.get(i)), gold)));
        targets.forEach((i, byActor) -> byActor.forEach((actor, gold) -> examples.add(new FieldRanker.Example(
                "stance_target", FieldRanker.targetCandidates(a.st(), a.lex(), a.participants(),
                        a.st().sents.get(i), actor), gold))));
    }

    /** The sentence holding most of the evidence's characters, else the one sharing most of its words. */
    private static int sentenceOf(ArticleState st, String evidence) {
        int at = evidence.isEmpty() ? -1 : st.text.indexOf(evidence);
        int best = -1;
        if (at >= 0) {
            int bestOverlap = 0;
            for (NormSentence s : st.sents) {
                int ov = Math.min(at + evidence.length(), s.end) - Math.max(at, s.start);
                if (ov > bestOverlap) {
                    bestOverlap = ov;
                    best = s.index;
                }
            }
            return best;
        }
        Set<String> ew = words(evidence);
        double bestScore = 0.5;
        for (NormSentence s : st.sents) {
            Set<String> sw = words(st.text.substring(s.start, s.end));
            long common = ew.stream().filter(sw::contains).count();
            double score = ew.isEmpty() ? 0 : (double) common / ew.size();
            if (score > bestScore) {
                bestScore = score;
                best = s.index;
            }
        }
        return best;
    }

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
