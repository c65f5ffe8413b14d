package io.geowire.extract.internal;

import io.geowire.extract.ExtractedEvent;
import io.geowire.extract.ExtractionTrace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects an {@link ExtractionTrace} while one article is extracted. {@link #NONE} records nothing, so the normal
 * path pays one boolean test per decision. Not thread-safe: one recorder per article.
 */
public final class TraceRecorder {
    /** Records nothing. */
    public static final TraceRecorder NONE = new TraceRecorder(false);

    private final boolean on;
    private final Map<Integer, Sentence> byStart = new LinkedHashMap<>();

    private TraceRecorder(boolean on) {
        this.on = on;
    }

    /** A recorder that keeps what it is told. */
    public static TraceRecorder recording() {
        return new TraceRecorder(true);
    }

    private static final class Sentence {
        final int start;
        final int end;
        final boolean asserts;
        boolean encoded;
        final Map<String, Double> probability = new LinkedHashMap<>();
        final Map<String, Double> threshold = new LinkedHashMap<>();
        final List<String> rules = new ArrayList<>();
        final List<String> ruleEvents = new ArrayList<>();
        final List<ExtractionTrace.Step> steps = new ArrayList<>();

        Sentence(NormSentence s) {
            this.start = s.start;
            this.end = s.end;
            this.asserts = s.asserts;
        }
    }

    boolean on() {
        return on;
    }

    private Sentence of(NormSentence s) {
        return byStart.computeIfAbsent(s.start, k -> new Sentence(s));
    }

    void sentence(NormSentence s) {
        if (on) {
            of(s);
        }
    }

    void ruleMatched(NormSentence s, Rule r) {
        if (on) {
            of(s).rules.add(r.id());
        }
    }

    void ruleEvents(NormSentence s, List<ExtractedEvent> events) {
        if (on) {
            events.forEach(e -> of(s).ruleEvents.add(e.id()));
        }
    }

    void scored(NormSentence s, String type, double probability, double threshold) {
        if (on) {
            Sentence t = of(s);
            t.encoded = true;
            t.probability.put(type, probability);
            t.threshold.put(type, threshold);
        }
    }

    void step(NormSentence s, String type, EventSink.Draft d, String outcome) {
        if (on) {
            of(s).steps.add(new ExtractionTrace.Step(type, d == null ? List.of() : keys(d), outcome));
        }
    }

    /** A drafted event's outcome with the context gate's features of it (empty when it was not context-filled). */
    void step(NormSentence s, String type, EventSink.Draft d, String outcome, Map<String, Double> context) {
        if (on) {
            of(s).steps.add(new ExtractionTrace.Step(type, d == null ? List.of() : keys(d), outcome,
                    Map.copyOf(context)));
        }
    }

    void step(NormSentence s, ExtractedEvent e, String outcome) {
        if (on) {
            of(s).steps.add(new ExtractionTrace.Step(e.type(), keys(e), outcome));
        }
    }

    /** Key fields in the scorer's order (vocab.md's key fields per type). */
    static List<String> keys(EventSink.Draft d) {
        return switch (d.type) {
            case "stance" -> Arrays.asList(d.actor, d.target, d.polarity);
            case "route_disruption" -> Arrays.asList(d.route, d.status);
            default -> Arrays.asList(d.actor, d.position);
        };
    }

    static List<String> keys(ExtractedEvent e) {
        return switch (e.type()) {
            case "stance" -> Arrays.asList(e.actor(), e.target(), e.polarity());
            case "route_disruption" -> Arrays.asList(e.route(), e.status());
            default -> Arrays.asList(e.actor(), e.position());
        };
    }

    /** The trace of the article, or null when nothing was recorded. */
    ExtractionTrace build(String article, String text, List<ExtractedEvent> events) {
        if (!on) {
            return null;
        }
        List<ExtractionTrace.SentenceTrace> out = new ArrayList<>();
        for (Sentence s : byStart.values()) {
            out.add(new ExtractionTrace.SentenceTrace(s.start, s.end, s.asserts, s.encoded, Map.copyOf(s.probability),
                    Map.copyOf(s.threshold), List.copyOf(s.rules), List.copyOf(s.ruleEvents),
                    List.copyOf(s.steps)));
        }
        return new ExtractionTrace(article, text, List.copyOf(out), List.copyOf(events));
    }
}
