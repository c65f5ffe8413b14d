package io.geowire.extract.eval;

import io.geowire.extract.ExtractedEvent;
import io.geowire.extract.ExtractionTrace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Says why a gold event was missed, from the trace of its article ({@link ExtractionTrace}). One cause per miss, the
 * first that applies in the order of the pipeline:
 * <ol>
 *   <li>{@code not_relevant}: the article names nothing tracked, nothing was read;</li>
 *   <li>{@code no_sentence}: the evidence lies in no sentence of the extracted text;</li>
 *   <li>{@code not_asserting}: its sentences are headline lines or questions;</li>
 *   <li>{@code dropped:WHY}: an event with the gold keys was drafted in the sentence and dropped (a learned check by
 *       name, {@code repeated_keys}, a rule veto);</li>
 *   <li>{@code evidence}: an event with the gold keys was emitted, but its evidence overlaps too little;</li>
 *   <li>{@code wrong_fields:WHICH}: an event of the type was emitted for the sentence with other keys
 *       ({@code swapped} when actor and target are exchanged);</li>
 *   <li>{@code other_event:WHICH}: the sentence's event of the type matched another gold event, none was
 *       emitted for this one (several targets or a second pair in one sentence);</li>
 *   <li>{@code wrong_fields_dropped:WHICH:WHY}: only events with other keys were drafted, and dropped;</li>
 *   <li>{@code no_fields:WHY} ({@code no_actor}, {@code no_target}, {@code no_route}, {@code denied}) or
 *       {@code blocked:WHY} (a check before any field): the classifier passed its threshold but gave no draft;</li>
 *   <li>{@code below_threshold}: no rule event and the classifier's probability is under the threshold (with
 *       {@code rule_matched_no_event} when a rule of the type matched but gave nothing);</li>
 *   <li>{@code not_encoded}: the learned stage did not read the sentence and no rule gave an event.</li>
 * </ol>
 * Each line also prints the sentence's probabilities against thresholds per type and the rules that matched.
 */
public final class MissExplainer {

    private static final List<String> TYPES = List.of("stance", "route_disruption", "sanction_statement");

    /** One explained miss: the cause (for counting) and the whole line. */
    public record Explanation(EvaluationReport.Miss miss, String cause, String line) {
    }

    /**
     * Explains every miss of the report whose article has a trace (by article file name); {@code spurious} (the
     * report's unmatched predictions) tells a wrong event from one that matched another gold event of the sentence.
     */
    public List<Explanation> explain(List<EvaluationReport.Miss> missed, List<EvaluationReport.Miss> spurious,
                                     Map<String, ExtractionTrace> traces) {
        List<Explanation> out = new ArrayList<>();
        for (EvaluationReport.Miss m : missed) {
            out.add(explain(m, traces.get(m.article()), spurious));
        }
        return out;
    }

    /** As {@link #explain(List, List, Map)}, every emitted event counting as wrong. */
    public List<Explanation> explain(List<EvaluationReport.Miss> missed, Map<String, ExtractionTrace> traces) {
        return explain(missed, null, traces);
    }

    /** The WHY lines, then per type and cause how many misses it explains ("CAUSE stance below_threshold 12"). */
    public static String format(List<Explanation> explanations) {
        StringBuilder sb = new StringBuilder();
        Map<String, Integer> counts = new TreeMap<>();
        for (Explanation e : explanations) {
            sb.append(e.line()).append('\n');
            counts.merge(e.miss().type() + " " + e.cause(), 1, Integer::sum);
        }
        counts.forEach((k, n) -> sb.append("CAUSE ").append(k).append(' ').append(n).append('\n'));
        return sb.toString();
    }

    /** Why {@code m} was missed; {@code trace} null when the article was not extracted at all. */
    public Explanation explain(EvaluationReport.Miss m, ExtractionTrace trace) {
        return explain(m, trace, null);
    }

    /**
     * As {@link #explain(EvaluationReport.Miss, ExtractionTrace)}; an emitted event of the sentence that is not among
     * {@code spurious} (when given) matched another gold event, and a miss beside it is {@code other_event:WHICH}:
     * the sentence gave one of its events but not this one ("memoranda with Bulgaria, Serbia and Slovakia").
     */
    public Explanation explain(EvaluationReport.Miss m, ExtractionTrace trace, List<EvaluationReport.Miss> spurious) {
        if (trace == null) {
            return of(m, "not_extracted", "the article was skipped or not read", null);
        }
        if (trace.sentences().isEmpty()) {
            return of(m, "not_relevant", "the article names nothing tracked", null);
        }
        List<ExtractionTrace.SentenceTrace> sents = sentencesOf(trace, m.evidence());
        if (sents.isEmpty()) {
            return of(m, "no_sentence", "evidence not found in any sentence of the extracted text", null);
        }
        if (sents.stream().noneMatch(ExtractionTrace.SentenceTrace::asserts)) {
            return of(m, "not_asserting", "a headline line or a question", sents.get(0));
        }
        List<String> gold = m.keys();
        for (ExtractionTrace.SentenceTrace s : sents) {
            for (ExtractionTrace.Step step : s.steps()) {
                if (step.type().equals(m.type()) && sameKeys(step.keys(), gold, m.type())
                        && !step.outcome().equals("emitted")) {
                    return of(m, "dropped:" + step.outcome(), "drafted " + step.keys(), s);
                }
            }
        }
        ExtractedEvent sameKeys = null;
        ExtractedEvent closest = null;
        ExtractedEvent matchedOther = null;
        for (ExtractedEvent e : trace.events()) {
            if (!e.type().equals(m.type()) || !overlapsAny(e, sents)) {
                continue;
            }
            List<String> keys = keys(e);
            if (sameKeys(keys, gold, m.type())) {
                sameKeys = e;
            } else if (spurious != null && !isSpurious(e, spurious)) {
                matchedOther = matchedOther == null ? e : matchedOther;
            } else if (closest == null
                    || differing(keys(closest), gold, m.type()).size() > differing(keys, gold, m.type()).size()) {
                closest = e;
            }
        }
        ExtractionTrace.SentenceTrace first = firstAsserting(sents);
        if (sameKeys != null) {
            return of(m, "evidence", "emitted with evidence \"" + clip(sameKeys.evidence(), 60) + "\"", first);
        }
        if (closest != null) {
            String origin = isRuleEvent(closest, sents) ? "rule" : "learned";
            return of(m, "wrong_fields:" + which(keys(closest), gold, m.type()),
                    origin + " emitted " + keys(closest), first);
        }
        if (matchedOther != null) {
            return of(m, "other_event:" + which(keys(matchedOther), gold, m.type()),
                    "the sentence's event " + keys(matchedOther) + " matched another gold event", first);
        }
        for (ExtractionTrace.SentenceTrace s : sents) {
            for (ExtractionTrace.Step step : s.steps()) {
                if (step.type().equals(m.type()) && !step.keys().isEmpty()) {
                    return of(m, "wrong_fields_dropped:" + which(step.keys(), gold, m.type()) + ":" + step.outcome(),
                            "drafted " + step.keys(), s);
                }
            }
        }
        for (ExtractionTrace.SentenceTrace s : sents) {
            for (ExtractionTrace.Step step : s.steps()) {
                if (step.type().equals(m.type())) {
                    String why = step.outcome();
                    boolean fields = why.startsWith("no_") || why.equals("denied");
                    return of(m, (fields ? "no_fields:" : "blocked:") + why, "classifier above threshold", s);
                }
            }
        }
        boolean encoded = sents.stream().anyMatch(ExtractionTrace.SentenceTrace::encoded);
        boolean ruleMatched = sents.stream().anyMatch(s -> s.rules().stream().anyMatch(r -> ruleOfType(r, m.type())));
        if (!encoded) {
            return of(m, ruleMatched ? "rule_matched_no_event" : "not_encoded",
                    "the learned stage did not read the sentence", first);
        }
        return of(m, ruleMatched ? "rule_matched_no_event" : "below_threshold", "no event of the type", first);
    }

    /** Rule ids start with the type's letter: S_ stance, R_ route, N_ (and others) sanction; a guess for the line. */
    private static boolean ruleOfType(String ruleId, String type) {
        return switch (type) {
            case "stance" -> ruleId.startsWith("S_");
            case "route_disruption" -> ruleId.startsWith("R_");
            default -> !ruleId.startsWith("S_") && !ruleId.startsWith("R_");
        };
    }

    /** Among the unmatched predictions of the article (the trace is the article's own). */
    private static boolean isSpurious(ExtractedEvent e, List<EvaluationReport.Miss> spurious) {
        for (EvaluationReport.Miss f : spurious) {
            if (f.type().equals(e.type()) && sameKeys(f.keys(), keys(e), e.type())
                    && f.evidence().equals(e.evidence())) {
                return true;
            }
        }
        return false;
    }

    private static ExtractionTrace.SentenceTrace firstAsserting(List<ExtractionTrace.SentenceTrace> sents) {
        return sents.stream().filter(ExtractionTrace.SentenceTrace::asserts).findFirst().orElse(sents.get(0));
    }

    private static boolean isRuleEvent(ExtractedEvent e, List<ExtractionTrace.SentenceTrace> sents) {
        return sents.stream().anyMatch(s -> s.ruleEvents().contains(e.id()));
    }

    private static boolean overlapsAny(ExtractedEvent e, List<ExtractionTrace.SentenceTrace> sents) {
        for (ExtractionTrace.SentenceTrace s : sents) {
            if (e.evidenceStart() < s.end() && s.start() < e.evidenceEnd()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentences holding the evidence: where it occurs verbatim (whitespace and quote marks aside), else the one
     * sentence whose words cover at least half of the evidence's, best first.
     */
    static List<ExtractionTrace.SentenceTrace> sentencesOf(ExtractionTrace trace, String evidence) {
        String text = trace.text();
        int at = text.indexOf(evidence);
        int len = evidence.length();
        if (at < 0) {
            int[] span = looseFind(text, evidence);
            at = span[0];
            len = span[1];
        }
        List<ExtractionTrace.SentenceTrace> out = new ArrayList<>();
        if (at >= 0) {
            for (ExtractionTrace.SentenceTrace s : trace.sentences()) {
                if (s.start() < at + len && at < s.end()) {
                    out.add(s);
                }
            }
            return out;
        }
        ExtractionTrace.SentenceTrace best = null;
        double bestOverlap = 0.5;
        for (ExtractionTrace.SentenceTrace s : trace.sentences()) {
            double ov = Evaluator.overlap(evidence, text.substring(s.start(), s.end()));
            if (ov >= bestOverlap && (best == null || ov > bestOverlap)) {
                best = s;
                bestOverlap = ov;
            }
        }
        if (best != null) {
            out.add(best);
        }
        return out;
    }

    /** Start and length of {@code needle} in {@code text} ignoring whitespace runs and quote styles; {-1, 0} if absent. */
    private static int[] looseFind(String text, String needle) {
        StringBuilder folded = new StringBuilder();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (Character.isWhitespace(c)) {
                if (folded.length() > 0 && folded.charAt(folded.length() - 1) == ' ') {
                    continue;
                }
                c = ' ';
            }
            folded.append(c);
            positions.add(i);
        }
        StringBuilder n = new StringBuilder();
        for (char c : needle.strip().toCharArray()) {
            char f = fold(c);
            if (Character.isWhitespace(f)) {
                if (n.length() > 0 && n.charAt(n.length() - 1) == ' ') {
                    continue;
                }
                f = ' ';
            }
            n.append(f);
        }
        int at = n.length() == 0 ? -1 : folded.indexOf(n.toString());
        if (at < 0) {
            return new int[] {-1, 0};
        }
        int start = positions.get(at);
        int end = positions.get(at + n.length() - 1) + 1;
        return new int[] {start, end - start};
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019' -> '\'';
            case '\u201c', '\u201d' -> '"';
            case '\u2013', '\u2014' -> '-';
            default -> Character.toLowerCase(c);
        };
    }

    private static List<String> keys(ExtractedEvent e) {
        return switch (e.type()) {
            case "stance" -> Arrays.asList(e.actor(), e.target(), e.polarity());
            case "route_disruption" -> Arrays.asList(e.route(), e.status());
            default -> Arrays.asList(e.actor(), e.position());
        };
    }

    private static boolean sameKeys(List<String> a, List<String> b, String type) {
        return a.size() == b.size() && differing(a, b, type).isEmpty();
    }

    /**
     * The key fields that differ as the scorer compares them: a route id outside the vocabulary's fixed list equals
     * any other such id ({@link Evaluator}, score.py), so "SRB_BORDER" for a gold "MERDARE_CROSSING" is no wrong route.
     */
    private static List<Integer> differing(List<String> a, List<String> b, String type) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            boolean route = type.equals("route_disruption") && i == 0;
            String x = route ? Evaluator.keyValue("route", a.get(i)) : norm(a.get(i));
            String y = route ? Evaluator.keyValue("route", b.get(i)) : norm(b.get(i));
            if (!x.equals(y)) {
                out.add(i);
            }
        }
        return out;
    }

    private static String norm(String v) {
        return v == null ? "" : v.strip().toUpperCase(Locale.ROOT);
    }

    /** Which key fields differ, by name ("actor+target"), or {@code swapped} for a stance read the other way round. */
    static String which(List<String> got, List<String> gold, String type) {
        if (type.equals("stance") && norm(got.get(0)).equals(norm(gold.get(1)))
                && norm(got.get(1)).equals(norm(gold.get(0)))) {
            return norm(got.get(2)).equals(norm(gold.get(2))) ? "swapped" : "swapped+polarity";
        }
        List<String> names = switch (type) {
            case "stance" -> List.of("actor", "target", "polarity");
            case "route_disruption" -> List.of("route", "status");
            default -> List.of("actor", "position");
        };
        List<String> out = new ArrayList<>();
        for (int i : differing(got, gold, type)) {
            out.add(names.get(i));
        }
        return String.join("+", out);
    }

    private static Explanation of(EvaluationReport.Miss m, String cause, String detail,
                                  ExtractionTrace.SentenceTrace s) {
        StringBuilder sb = new StringBuilder("WHY ").append(m.article()).append(' ').append(m.type()).append(' ')
                .append(m.keys()).append(" :: ").append(cause).append(" | ").append(detail);
        if (s != null) {
            sb.append(" | p");
            for (String type : TYPES) {
                Double p = s.probability().get(type);
                if (p != null) {
                    sb.append(' ').append(shortType(type)).append(' ').append(f2(p)).append('/')
                            .append(f2(Objects.requireNonNullElse(s.threshold().get(type), 0.0)));
                }
            }
            if (s.probability().isEmpty()) {
                sb.append(" none (not encoded)");
            }
            sb.append(" | rules ").append(s.rules().isEmpty() ? "none" : String.join(",", s.rules()));
        }
        sb.append(" | ").append(clip(m.evidence(), 80));
        return new Explanation(m, cause, sb.toString());
    }

    private static String shortType(String type) {
        return switch (type) {
            case "stance" -> "stance";
            case "route_disruption" -> "route";
            default -> "sanction";
        };
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String clip(String s, int n) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ");
        return one.length() > n ? one.substring(0, n) : one;
    }
}
