package io.geowire.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geowire.extract.ExtractedEvent;
import io.geowire.model.EventType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores extracted events against a folder of gold annotation files exactly as shared/eval/score.py does: a prediction
 * matches a gold event of the same article when type and key fields agree and the evidence word-overlap coefficient
 * is at least 0.5; pairs are taken greedily by best overlap, each event at most once. It scores predictions only:
 * reading a corpus goes through ingestion first (the producer module's CorpusEvaluation), so that every figure is
 * measured on the text users' runs extract from.
 */
public final class Evaluator {

    /** What every route id outside {@link EventType#FIXED_ROUTES} compares as. */
    private static final String FREE_FORM_ROUTE = "<other route>";
    static final Map<String, List<String>> KEYS = new LinkedHashMap<>();

    static {
        for (EventType type : EventType.values()) {
            KEYS.put(type.wireName(), type.keyFields());
        }
    }

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * A strictly matched event whose date is wrong: a gold date the predicted date does not agree with (as the date
     * accuracy counts it; {@code predicted} null when the event has none), or a predicted date where the gold event
     * has none ({@code gold} null: the date accuracy does not count it, but a timeline shows it). With the article's
     * publication date as ingestion gave it (null if none) and the gold evidence.
     */
    public record DateMiss(String article, String type, List<String> keys, String predicted, String gold,
                           String published, String evidence) {

        /** One line: {@code DATE article type [keys] predicted=P gold=G published=D :: evidence}. */
        public String line() {
            return "DATE " + article + " " + type + " " + keys + " predicted=" + predicted + " gold=" + gold
                    + " published=" + published + " :: " + evidence;
        }
    }

    /** Scores predictions (by article file name) against every *.json gold file in {@code goldDir}. */
    public EvaluationReport evaluate(Path goldDir, Map<String, List<ExtractedEvent>> predictionsByArticleFileName) {
        Map<String, List<Map<String, Object>>> gold = loadGold(goldDir);
        return score(gold, predictions(gold, predictionsByArticleFileName));
    }

    /**
     * How far a second set of annotations agrees with the gold: its files (the gold format, one per article) scored as
     * predictions, over the articles both folders annotate. Articles only one side annotates are listed, not scored, so
     * a second annotator who did part of a corpus is measured on that part.
     */
    public Agreement agreement(Path goldDir, Path secondDir) {
        Map<String, List<Map<String, Object>>> gold = loadGold(goldDir);
        Map<String, List<Map<String, Object>>> second = loadGold(secondDir);
        Map<String, List<Map<String, Object>>> shared = new TreeMap<>(gold);
        shared.keySet().retainAll(second.keySet());
        List<String> goldOnly = gold.keySet().stream().filter(a -> !second.containsKey(a)).toList();
        List<String> secondOnly = second.keySet().stream().filter(a -> !gold.containsKey(a)).toList();
        return new Agreement(score(shared, second), keyDisagreements(shared, second), goldOnly, secondOnly);
    }

    /**
     * The agreement of two sets of annotations.
     *
     * @param report           the second set scored against the gold (F1 is symmetric: either side may be "gold")
     * @param keyDisagreements for events both sides marked in the same evidence but with other key fields, how often
     *                         each field differed, as {@code type:field} -> count (several fields may differ at once)
     * @param goldOnly         articles only the gold annotates (left out)
     * @param secondOnly       articles only the second set annotates (left out)
     */
    public record Agreement(EvaluationReport report, Map<String, Integer> keyDisagreements, List<String> goldOnly,
                            List<String> secondOnly) {
    }

    /** For each event pair that matches on type and evidence but not on its keys, the fields that differ. */
    private static Map<String, Integer> keyDisagreements(Map<String, List<Map<String, Object>>> gold,
                                                         Map<String, List<Map<String, Object>>> second) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String art : gold.keySet()) {
            List<Map<String, Object>> g = gold.get(art);
            List<Map<String, Object>> p = second.get(art);
            Set<Integer> strictG = new HashSet<>();
            Set<Integer> strictP = new HashSet<>();
            match(g, p, true).forEach(ij -> {
                strictG.add(ij[0]);
                strictP.add(ij[1]);
            });
            List<Map<String, Object>> restG = without(g, strictG);
            List<Map<String, Object>> restP = without(p, strictP);
            for (int[] ij : match(restG, restP, false)) {
                Map<String, Object> a = restG.get(ij[0]);
                Map<String, Object> b = restP.get(ij[1]);
                String type = (String) a.get("type");
                for (String k : KEYS.get(type)) {
                    if (!keyValue(k, a.get(k)).equals(keyValue(k, b.get(k)))) {
                        counts.merge(type + ":" + k, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static List<Map<String, Object>> without(List<Map<String, Object>> events, Set<Integer> indices) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (!indices.contains(i)) {
                out.add(events.get(i));
            }
        }
        return out;
    }

    /**
     * The matched events with a wrong date (see {@link DateMiss}), in article order; {@code published} maps article file
     * names to publication dates (for reading the miss: most wrong dates are resolved against the wrong day).
     */
    public List<DateMiss> wrongDates(Path goldDir, Map<String, List<ExtractedEvent>> predictionsByArticleFileName,
                                     Map<String, String> published) {
        Map<String, List<Map<String, Object>>> gold = loadGold(goldDir);
        Map<String, List<Map<String, Object>>> pred = predictions(gold, predictionsByArticleFileName);
        List<DateMiss> out = new ArrayList<>();
        for (String art : gold.keySet()) {
            List<Map<String, Object>> g = gold.get(art);
            List<Map<String, Object>> p = pred.get(art);
            List<int[]> m = new ArrayList<>(match(g, p, true));
            m.sort(Comparator.comparingInt(ij -> ij[0]));
            for (int[] ij : m) {
                Object gd = g.get(ij[0]).get("date");
                Object pd = p.get(ij[1]).get("date");
                if (truthy(gd) ? !datesAgree(gd, pd) : truthy(pd)) {
                    EvaluationReport.Miss keys = miss(art, g.get(ij[0]));
                    out.add(new DateMiss(art, keys.type(), keys.keys(), truthy(pd) ? pd.toString() : null,
                            truthy(gd) ? gd.toString() : null, published.get(art), keys.evidence()));
                }
            }
        }
        return out;
    }

    private static Map<String, List<Map<String, Object>>> predictions(Map<String, List<Map<String, Object>>> gold,
            Map<String, List<ExtractedEvent>> predictionsByArticleFileName) {
        Map<String, List<Map<String, Object>>> pred = new TreeMap<>();
        for (String article : gold.keySet()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (ExtractedEvent e : predictionsByArticleFileName.getOrDefault(article, List.of())) {
                if (KEYS.containsKey(e.type())) {
                    list.add(fields(e));
                }
            }
            pred.put(article, list);
        }
        return pred;
    }

    /** score.py's rule: a month agrees with any day of it, either way round. */
    private static boolean datesAgree(Object gold, Object predicted) {
        return truthy(predicted) && (predicted.toString().startsWith(gold.toString())
                || gold.toString().startsWith(predicted.toString()));
    }

    private EvaluationReport score(Map<String, List<Map<String, Object>>> gold, Map<String, List<Map<String, Object>>> pred) {
        Map<String, int[]> stats = new LinkedHashMap<>();
        KEYS.keySet().forEach(t -> stats.put(t, new int[3]));
        int[] relaxed = new int[3];
        int[] dates = new int[2];
        List<EvaluationReport.Miss> missed = new ArrayList<>();
        List<EvaluationReport.Miss> spurious = new ArrayList<>();
        for (String art : gold.keySet()) {
            List<Map<String, Object>> g = gold.get(art);
            List<Map<String, Object>> p = pred.get(art);
            List<int[]> m = match(g, p, true);
            for (String t : KEYS.keySet()) {
                stats.get(t)[1] += (int) p.stream().filter(e -> t.equals(e.get("type"))).count();
                stats.get(t)[2] += (int) g.stream().filter(e -> t.equals(e.get("type"))).count();
            }
            for (int[] ij : m) {
                stats.get((String) g.get(ij[0]).get("type"))[0]++;
                Object gd = g.get(ij[0]).get("date");
                Object pd = p.get(ij[1]).get("date");
                if (truthy(gd)) {
                    dates[1]++;
                    if (datesAgree(gd, pd)) {
                        dates[0]++;
                    }
                }
            }
            relaxed[0] += match(g, p, false).size();
            relaxed[1] += p.size();
            relaxed[2] += g.size();
            collectUnmatched(art, g, p, m, missed, spurious);
        }
        Map<String, EvaluationReport.Scores> perType = new LinkedHashMap<>();
        int[] tot = new int[3];
        stats.forEach((t, s) -> {
            perType.put(t, EvaluationReport.Scores.of(s[0], s[1], s[2]));
            for (int k = 0; k < 3; k++) {
                tot[k] += s[k];
            }
        });
        return new EvaluationReport(perType, EvaluationReport.Scores.of(tot[0], tot[1], tot[2]),
                EvaluationReport.Scores.of(relaxed[0], relaxed[1], relaxed[2]),
                dates[1] == 0 ? null : (double) dates[0] / dates[1], missed, spurious);
    }

    private static void collectUnmatched(String art, List<Map<String, Object>> g, List<Map<String, Object>> p,
                                         List<int[]> m, List<EvaluationReport.Miss> missed,
                                         List<EvaluationReport.Miss> spurious) {
        Set<Integer> mg = new HashSet<>();
        Set<Integer> mp = new HashSet<>();
        m.forEach(ij -> {
            mg.add(ij[0]);
            mp.add(ij[1]);
        });
        for (int i = 0; i < g.size(); i++) {
            if (!mg.contains(i)) {
                missed.add(miss(art, g.get(i)));
            }
        }
        for (int j = 0; j < p.size(); j++) {
            if (!mp.contains(j)) {
                spurious.add(miss(art, p.get(j)));
            }
        }
    }

    private static EvaluationReport.Miss miss(String art, Map<String, Object> e) {
        String type = (String) e.get("type");
        List<String> keys = new ArrayList<>();
        for (String k : KEYS.get(type)) {
            Object v = e.get(k);
            keys.add(v == null ? null : v.toString());
        }
        Object ev = e.get("evidence");
        return new EvaluationReport.Miss(art, type, keys, ev == null ? "" : ev.toString());
    }

    /** Greedy matching, best overlap first; ties broken like Python's reverse tuple sort (higher indices first). */
    static List<int[]> match(List<Map<String, Object>> golds, List<Map<String, Object>> preds, boolean strict) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
            Map<String, Object> g = golds.get(i);
            for (int j = 0; j < preds.size(); j++) {
                Map<String, Object> p = preds.get(j);
                if (!g.get("type").equals(p.get("type")) || (strict && !keysAgree(g, p))) {
                    continue;
                }
                double ov = overlap(str(g.get("evidence")), str(p.get("evidence")));
                if (ov >= 0.5) {
                    pairs.add(new double[] {ov, i, j});
                }
            }
        }
        pairs.sort(Comparator.<double[]>comparingDouble(a -> a[0]).thenComparingDouble(a -> a[1])
                .thenComparingDouble(a -> a[2]).reversed());
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        List<int[]> out = new ArrayList<>();
        for (double[] pr : pairs) {
            int i = (int) pr[1];
            int j = (int) pr[2];
            if (usedG.contains(i) || usedP.contains(j)) {
                continue;
            }
            usedG.add(i);
            usedP.add(j);
            out.add(new int[] {i, j});
        }
        return out;
    }

    private static boolean keysAgree(Map<String, Object> g, Map<String, Object> p) {
        for (String k : KEYS.get((String) g.get("type"))) {
            if (!keyValue(k, g.get(k)).equals(keyValue(k, p.get(k)))) {
                return false;
            }
        }
        return true;
    }

    static double overlap(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0.0;
        }
        int common = 0;
        for (String w : wa) {
            if (wb.contains(w)) {
                common++;
            }
        }
        return (double) common / Math.min(wa.size(), wb.size());
    }

    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** A key field's value as compared: free-form route ids all compare equal (score.py's rule). */
    static String keyValue(String field, Object v) {
        String value = norm(v);
        boolean freeFormRoute = "route".equals(field) && !value.isEmpty() && !EventType.FIXED_ROUTES.contains(value);
        return freeFormRoute ? FREE_FORM_ROUTE : value;
    }

    private static String norm(Object v) {
        return v == null ? "" : v.toString().strip().toUpperCase(Locale.ROOT);
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static boolean truthy(Object o) {
        return o != null && !o.toString().isEmpty();
    }

    private Map<String, List<Map<String, Object>>> loadGold(Path goldDir) {
        Map<String, List<Map<String, Object>>> gold = new TreeMap<>();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                JsonNode doc = mapper.readTree(Files.readString(f, StandardCharsets.UTF_8));
                if (!doc.path("article").isTextual() || doc.path("article").asText().isBlank()) {
                    throw new IllegalArgumentException("gold file " + f + " names no article: it needs a field"
                            + " \"article\" with the article's file name, as ../shared/gold's files have");
                }
                String article = Path.of(doc.get("article").asText()).getFileName().toString();
                List<Map<String, Object>> events = new ArrayList<>();
                for (JsonNode e : doc.path("events")) {
                    Map<String, Object> map = mapper.convertValue(e, mapper.getTypeFactory()
                            .constructMapType(LinkedHashMap.class, String.class, Object.class));
                    if (KEYS.containsKey(String.valueOf(map.get("type")))) {
                        events.add(map);
                    }
                }
                gold.put(article, events);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold annotations in " + goldDir, e);
        }
        return gold;
    }

    private static Map<String, Object> fields(ExtractedEvent e) {
        return io.geowire.extract.EventJson.toMap(e);
    }
}
