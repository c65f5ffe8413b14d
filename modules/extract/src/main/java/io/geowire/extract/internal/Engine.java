package io.geowire.extract.internal;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.ExtractedEvent;
import io.geowire.extract.learned.SentenceEncoder;
import io.geowire.extract.learned.SentenceModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/** The extraction pipeline: sentences -> normalised tokens -> candidate rules -> events, deduplicated. */
public final class Engine {
    private final Lexicon lex;
    private final Normalizer normalizer;
    private final Cues cues;
    private final RuleSet rules;
    private final DateResolver dates;
    private final String version;
    private final java.util.Map<String, String> settings = new java.util.HashMap<>();

    /** Names of the gazetteer flags the learned stage appends to a sentence's embedding. */
    public static final List<String> FLAGS = LearnedStage.FLAGS;

    /** settings.tsv {@code background_checks}: background sentences that yield no rule or learned event. */
    private final Set<String> backgroundChecks;

    /** Null: rules only. */
    private final LearnedStage learned;

    /** settings.tsv {@code several_stances}: the further stance events a sentence's wording gives (xmulti). */
    private final SeveralStances several;

    public Engine(DataFiles files, String version) {
        this(files, version, null, null);
    }

    /** With a learned sentence stage when {@code model} and {@code encoder} are both given. */
    public Engine(DataFiles files, String version, SentenceModel model, SentenceEncoder encoder) {
        this.lex = new Lexicon(files);
        this.normalizer = new Normalizer(lex);
        this.cues = new Cues(files);
        this.rules = new RuleSet(files);
        this.dates = new DateResolver();
        this.version = version;
        for (String[] r : files.rows("settings.tsv")) {
            settings.put(r[0], DataFiles.col(r, 1));
        }
        this.learned = model == null || encoder == null ? null : new LearnedStage(model, encoder, lex, cues,
                FieldRanker.load(files), ruleFloors(settings),
                union(union(listSetting(settings, "learned_stance_checks"),
                        listSetting(settings, "learned_route_sanction_checks")),
                        listSetting(settings, "background_checks")), cascade(settings), ContextGate.load(files));
        this.backgroundChecks = listSetting(settings, "background_checks");
        this.several = new SeveralStances(cues, lex, listSetting(settings, "several_stances"));
    }

    /**
     * {@code encoder_cascade} (settings.tsv; {@code -Dgeowire.encoder.cascade} overrides it, for benchmarks):
     * {@code fields} (encode a sentence without rule events only when the cheap conditions of a learned event's key
     * fields and checks hold there), {@code checks} (also fill the fields and run the checks first) or {@code off}.
     */
    static LearnedStage.Cascade cascade(java.util.Map<String, String> settings) {
        String value = System.getProperty("geowire.encoder.cascade", settings.getOrDefault("encoder_cascade", "off"))
                .strip().toLowerCase(java.util.Locale.ROOT);
        return switch (value) {
            case "fields" -> LearnedStage.Cascade.FIELDS;
            case "checks" -> LearnedStage.Cascade.CHECKS;
            case "off" -> LearnedStage.Cascade.OFF;
            default -> throw new IllegalArgumentException("settings.tsv: encoder_cascade must be fields, checks or off, "
                    + "got " + value);
        };
    }

    /** A comma-separated setting as a set of its trimmed items; absent or empty: none. */
    private static Set<String> listSetting(java.util.Map<String, String> settings, String key) {
        Set<String> out = new java.util.HashSet<>();
        for (String item : settings.getOrDefault(key, "").split(",")) {
            if (!item.isBlank()) {
                out.add(item.strip());
            }
        }
        return Set.copyOf(out);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** {@code rule_floor:TYPE} settings: the calibrated probability below which a rule event of TYPE is dropped. */
    private static java.util.Map<String, Double> ruleFloors(java.util.Map<String, String> settings) {
        java.util.Map<String, Double> floors = new java.util.HashMap<>();
        settings.forEach((k, v) -> {
            if (k.startsWith("rule_floor:")) {
                try {
                    floors.put(k.substring("rule_floor:".length()), Double.valueOf(v));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("settings.tsv: " + k + " needs a number, got " + v, e);
                }
            }
        });
        return java.util.Map.copyOf(floors);
    }

    public List<ExtractedEvent> extract(ArticleInput input) {
        return extract(input, TraceRecorder.NONE);
    }

    /** As {@link #extract(ArticleInput)}, telling {@code trace} what happened to every sentence. */
    public List<ExtractedEvent> extract(ArticleInput input, TraceRecorder trace) {
        // most of a news stream names nothing we track: such an article costs one tokenizer pass, no more
        if (input.text() == null || !lex.gate.mayMention(input.text())) {
            return List.of();
        }
        Run run = run(input, trace);
        // the rules' listed parties before the learned stage, which then scores and vetoes them with the rest
        several.expandRuleLists(run.state, run.sink, trace);
        if (learned != null) {
            learned.apply(run.state, run.dates, run.sink, settings.get("default_sanctioned_party"), trace);
        }
        several.addReciprocal(run.state, run.sink, trace);
        return inVocabulary(run.sink.events());
    }

    /**
     * The events whose actor and target the vocabulary can name: "expelled from the Council of Europe" or "asked the
     * OSCE" name a body vocab.md has no id for, and an event with such a party is not one of its events.
     */
    private List<ExtractedEvent> inVocabulary(List<ExtractedEvent> events) {
        List<ExtractedEvent> out = new ArrayList<>(events.size());
        for (ExtractedEvent e : events) {
            if (!outside(e.actor()) && !outside(e.target())) {
                out.add(e);
            }
        }
        return out.size() == events.size() ? events : List.copyOf(out);
    }

    private boolean outside(String party) {
        return party != null && lex.outsideVocabulary(party);
    }

    /** The trace {@code trace} recorded for {@code input} with the events it gave (null when it records nothing). */
    public static io.geowire.extract.ExtractionTrace trace(TraceRecorder trace, ArticleInput input,
            List<ExtractedEvent> events) {
        return trace.build(input.article(), input.text() == null ? "" : input.text(), events);
    }

    /** False when the text names nothing tracked, so that {@link #extract} returns no events without further work. */
    public boolean mayBeRelevant(String text) {
        return text != null && lex.gate.mayMention(text);
    }

    /** The sentences of an article with the event types the rules found in each, for training the learned stage. */
    public List<SentenceView> sentences(ArticleInput input) {
        Run run = run(input, TraceRecorder.NONE);
        return LearnedStage.views(run.state, run.sink.events());
    }

    /** The article as the field ranker sees it, with its lexicon and cues (for training the ranker). */
    FieldTraining.Article analyse(ArticleInput input) {
        ArticleState st = run(input, TraceRecorder.NONE).state;
        return new FieldTraining.Article(st, lex, new Participants(st, lex, cues));
    }

    private record Run(ArticleState state, List<List<DateResolver.Mention>> dates, EventSink sink) {
    }

    private Run run(ArticleInput input, TraceRecorder trace) {
        String text = input.text() == null ? "" : input.text();
        List<NormSentence> sents = new ArrayList<>();
        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        boolean[] skip = NonAssertions.flags(text, spans);
        for (int i = 0; i < spans.size(); i++) {
            SentenceSplitter.Span sp = spans.get(i);
            NormSentence ns = normalizer.normalize(text, sp.start(), sp.end(), sp.paragraph());
            if (ns.size() > 0) {
                ns.asserts = !skip[i];
                ns.index = sents.size();
                sents.add(ns);
            }
        }
        ArticleState st = new ArticleState(input.article(), text, input.published(), input.publishedEstimated(),
                sents, lex, cues, dates);
        EventSink sink = new EventSink(st.article, version);
        SentenceRules sr = new SentenceRules(st, lex, cues, sink, settings.get("default_sanctioned_party"),
                backgroundChecks);
        List<List<DateResolver.Mention>> allDates = new ArrayList<>();
        for (NormSentence s : sents) {
            List<DateResolver.Mention> ds = dates.mayContainDate(s) ? dates.find(text, s, st.dates) : List.of();
            allDates.add(ds);
            s.openingDate = openingDate(s, ds);
            trace.sentence(s);
            int before = trace.on() ? sink.events().size() : 0;
            List<Rule> candidates = s.asserts ? rules.candidates(s) : List.of();
            SentenceFeatures f = candidates.isEmpty() ? null : new SentenceFeatures(s);
            for (Rule r : candidates) {
                if (!f.worthTrying(r)) {
                    continue;
                }
                Matcher m = r.pattern().matcher(s.text);
                while (m.find()) {
                    trace.ruleMatched(s, r);
                    s.routeTrigger |= r.type().equals("route_disruption");
                    sr.apply(r, s, m, ds);
                }
            }
            if (trace.on()) {
                List<ExtractedEvent> all = sink.events();
                trace.ruleEvents(s, all.subList(before, all.size()));
            }
            for (DateResolver.Mention d : ds) {
                st.dates.seen(d.value());
            }
        }
        // rule-like: in the sink before the learned stage reads it, and in the training views as the rules' events
        several.addJointActs(st, allDates, sink, trace);
        return new Run(st, allDates, sink);
    }

    private static String openingDate(NormSentence s, List<DateResolver.Mention> ds) {
        if (s.size() == 0) {
            return null;
        }
        int limit = s.toks.get(Math.min(3, s.size() - 1)).end;
        for (DateResolver.Mention d : ds) {
            if (!d.bound() && d.value() != null && d.start() < limit) {
                return d.value();
            }
        }
        return null;
    }

    /** Every stance/sanction/route rule, for tests and documentation. */
    public List<Rule> rules() {
        return rules.all();
    }
}
