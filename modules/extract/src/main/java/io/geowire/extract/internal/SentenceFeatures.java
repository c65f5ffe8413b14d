package io.geowire.extract.internal;

import java.util.List;
import java.util.Set;

/**
 * Cheap facts about a sentence that rule types need before any regex is worth running: route rules need a route
 * (or "the pipeline"), sanction rules the word "sanction", stance rules some actor, unless the rule may take its
 * target from elsewhere.
 */
final class SentenceFeatures {
    private static final Set<String> ROUTE_WORDS = Set.of("pipeline", "terminal", "route", "port", "railway",
            "corridor", "line", "facility", "consortium",
            // a route's traffic or a crossing named alone: the route comes from a capitalised name or an earlier
            // sentence (cues.tsv route_subject)
            "crossing", "crossings", "checkpoint", "checkpoints", "border", "bridge", "flows", "flow", "pumping",
            "loadings", "loading", "sailings", "traffic", "cable", "link", "ferry", "ferries", "moorings",
            "interconnector", "branch", "storage", "section", "complex");
    /** Words that make a sanction statement possible: sanctions are also named as embargoes, bans and controls. */
    private static final List<String> SANCTION_WORDS = List.of("sanction", "embargo", "price cap", "re - export",
            "dual - use", "circumvent", "ban on", "restrictions");

    private final boolean route;
    private final boolean sanction;
    private final boolean actor;

    SentenceFeatures(NormSentence s) {
        boolean r = !s.patternRouteIds.isEmpty();
        boolean a = false;
        for (Tok t : s.toks) {
            switch (t.kind) {
                case ROUTE -> r = true;
                case ACTOR, AFFILIATION, ANTI, PLACE -> a = true;
                case WORD -> r |= ROUTE_WORDS.contains(t.norm);
                default -> { }
            }
        }
        this.route = r;
        this.actor = a;
        this.sanction = SANCTION_WORDS.stream().anyMatch(s.text::contains);
    }

    boolean worthTrying(Rule r) {
        return switch (r.type()) {
            case "route_disruption" -> route;
            case "sanction_statement" -> sanction;
            default -> actor || r.flag("context") || r.flag("fallback") || r.target().startsWith("fixed:")
                    || r.target().equals("secondary");
        };
    }
}
