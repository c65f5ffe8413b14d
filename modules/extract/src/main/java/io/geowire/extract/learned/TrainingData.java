package io.geowire.extract.learned;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geowire.extract.ArticleInput;
import io.geowire.extract.internal.Engine;
import io.geowire.extract.internal.SentenceView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Turns annotated articles and labelled-sentence files into {@link LabelledSentence}s. Articles are split with the
 * extractor's own sentence splitter (on the text the reader returns, normally the ingest-cleaned text); a sentence
 * holding (or overlapping most with) a gold event's evidence carries that event's type and label, every other
 * asserting sentence is a negative.
 */
public final class TrainingData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Engine engine;
    private final List<String> warnings = new ArrayList<>();

    public TrainingData(Engine engine) {
        this.engine = engine;
    }

    /** Problems met while reading (unlocated evidence, bad TSV rows); reading goes on. */
    public List<String> warnings() {
        return warnings;
    }

    /** Reads a file as UTF-8 text with no publication date: the reader for tests and when ingest is not at hand. */
    public static ArticleInput readRaw(Path file) {
        try {
            return new ArticleInput(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Labelled sentences of every article of {@code corpusDir} that has a gold file in {@code goldDir}. */
    public List<LabelledSentence> fromArticles(Path corpusDir, Path goldDir, Function<Path, ArticleInput> reader) {
        List<LabelledSentence> out = new ArrayList<>();
        List<Path> golds;
        try (Stream<Path> files = Files.list(goldDir)) {
            golds = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + goldDir, e);
        }
        for (Path g : golds) {
            JsonNode doc;
            try {
                doc = JSON.readTree(Files.readString(g, StandardCharsets.UTF_8));
            } catch (IOException e) {
                warnings.add(g + ": unreadable gold: " + e.getMessage());
                continue;
            }
            Path article = corpusDir.resolve(Path.of(doc.path("article").asText()).getFileName().toString());
            if (!Files.isRegularFile(article)) {
                warnings.add(g + ": article not found: " + article);
                continue;
            }
            ArticleInput input = reader.apply(article);
            if (input == null || input.text() == null) {
                warnings.add(article + ": unreadable");
                continue;
            }
            out.addAll(label(input, doc.path("events"), article.getFileName().toString()));
        }
        return out;
    }

    private List<LabelledSentence> label(ArticleInput input, JsonNode events, String name) {
        List<SentenceView> views = engine.sentences(input);
        List<Set<String>> types = new ArrayList<>();
        List<Map<String, String>> labels = new ArrayList<>();
        List<String> modality = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            types.add(new LinkedHashSet<>());
            labels.add(new LinkedHashMap<>());
            modality.add("asserted");
        }
        for (JsonNode e : events) {
            String type = e.path("type").asText();
            if (!SentenceModel.TYPES.contains(type)) {
                continue;
            }
            int i = sentenceOf(input.text(), views, e.path("evidence").asText());
            if (i < 0) {
                warnings.add(name + ": evidence not located: " + e.path("evidence").asText());
                continue;
            }
            types.get(i).add(type);
            String label = e.path(labelField(type)).asText(null);
            if (label != null && SentenceModel.LABELS.get(type).contains(label)) {
                labels.get(i).putIfAbsent(type, label);
            }
            if (e.path("hedged").asBoolean(false)) {
                modality.set(i, "reported");
            }
        }
        List<LabelledSentence> out = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            SentenceView v = views.get(i);
            if (v.asserts() || !types.get(i).isEmpty()) {
                out.add(new LabelledSentence(v.text(), v.flags(), Set.copyOf(types.get(i)), Map.copyOf(labels.get(i)),
                        modality.get(i), v.ruleTypes(), name + "#" + i, v.words()));
            }
        }
        return out;
    }

    static String labelField(String type) {
        return switch (type) {
            case "stance" -> "polarity";
            case "route_disruption" -> "status";
            default -> "position";
        };
    }

    /** The sentence holding the evidence (most overlapping characters), else the one sharing most of its words. */
    static int sentenceOf(String text, List<SentenceView> views, String evidence) {
        int at = evidence.isEmpty() ? -1 : text.indexOf(evidence);
        if (at >= 0) {
            int end = at + evidence.length();
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < views.size(); i++) {
                int ov = Math.min(end, views.get(i).end()) - Math.max(at, views.get(i).start());
                if (ov > bestOverlap) {
                    bestOverlap = ov;
                    best = i;
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        Set<String> ew = words(evidence);
        int best = -1;
        double bestScore = 0.5;
        for (int i = 0; i < views.size() && !ew.isEmpty(); i++) {
            Set<String> sw = words(views.get(i).text());
            int common = 0;
            for (String w : ew) {
                common += sw.contains(w) ? 1 : 0;
            }
            double score = (double) common / ew.size();
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Sentences of a labelled-sentence file: a header line, then types, labels, modality and sentence separated by
     * tabs (see docs/extraction.md). A malformed row is skipped with a warning naming its line.
     */
    public List<LabelledSentence> fromTsv(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
        List<LabelledSentence> out = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String where = tsv.getFileName() + ":" + (n + 1);
            String[] c = line.split("\t", -1);
            LabelledSentence s = c.length == 4 ? row(c, where) : null;
            if (s == null) {
                warnings.add(where + ": skipped malformed row");
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private LabelledSentence row(String[] c, String where) {
        Set<String> types = new LinkedHashSet<>();
        Map<String, String> labels = new LinkedHashMap<>();
        String modality = c[2].strip().toLowerCase(Locale.ROOT);
        if (!SentenceModel.MODALITIES.contains(modality) || c[3].isBlank()) {
            return null;
        }
        if (!c[0].strip().equals("none")) {
            String[] ts = c[0].split(",");
            String[] ls = c[1].split(",");
            if (ts.length != ls.length) {
                return null;
            }
            for (int i = 0; i < ts.length; i++) {
                String t = ts[i].strip();
                String l = ls[i].strip();
                if (!SentenceModel.TYPES.contains(t) || !SentenceModel.LABELS.get(t).contains(l)) {
                    return null;
                }
                types.add(t);
                labels.putIfAbsent(t, l);
            }
        }
        String text = c[3].strip();
        List<SentenceView> views = engine.sentences(new ArticleInput(where, text, null));
        double[] flags = new double[SentenceFlagsHolder.COUNT];
        Set<String> ruleTypes = new HashSet<>();
        List<String> masked = new ArrayList<>();
        Set<String> context = new HashSet<>();
        for (SentenceView v : views) {
            for (int i = 0; i < flags.length; i++) {
                flags[i] = Math.max(flags[i], v.flags()[i]);
            }
            ruleTypes.addAll(v.ruleTypes());
            masked.add(v.words().masked());
            context.addAll(v.words().context());
        }
        String collapsed = text.replaceAll("\\s+", " ");
        // a row the splitter cuts in two is still one sentence: its masked parts joined, its party context united
        SentenceWords words = new SentenceWords(collapsed, views.isEmpty() ? collapsed : String.join(" ", masked),
                context);
        return new LabelledSentence(collapsed, flags, Set.copyOf(types), Map.copyOf(labels),
                modality, Set.copyOf(ruleTypes), where, words);
    }

    /** Number of flags, read from the engine's definition. */
    private static final class SentenceFlagsHolder {
        static final int COUNT = Engine.FLAGS.size();
    }
}
