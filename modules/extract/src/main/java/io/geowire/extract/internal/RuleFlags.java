package io.geowire.extract.internal;

import io.geowire.model.EventType;
import java.util.Map;
import java.util.Set;

/**
 * The options column of a rules.tsv line, parsed when the rules are loaded. A misspelt or unknown option, or an
 * option with a value it cannot take, fails the load naming the rule: a typo must never switch a rule off silently.
 *
 * @param context       the target may come from the previous sentences when the clause says "their", "both"
 * @param fallback      the target may be the article's counterpart state
 * @param sameClause    the route must be named in the trigger's clause
 * @param noConditional no event in an if/unless clause
 * @param certain       the route status is not lowered to at_risk by modal verbs
 * @param local         the stance target must be named in the trigger's clause, a nearby city, or come from context
 * @param stance        a sanction statement also yields a stance of this polarity towards the sanctioned party, or null
 * @param cause         the route disruption's cause, or null
 * @param needs         a word the sentence must contain, or null
 */
record RuleFlags(boolean context, boolean fallback, boolean sameClause, boolean noConditional,
                        boolean certain, boolean local, String stance, String cause, String needs) {

    private static final Set<String> SWITCHES = Set.of("context", "fallback", "sameclause", "noconditional",
            "certain", "local");
    private static final Set<String> VALUED = Set.of("stance", "cause", "needs");

    static RuleFlags parse(String ruleId, Map<String, String> raw) {
        for (Map.Entry<String, String> option : raw.entrySet()) {
            String name = option.getKey();
            String value = option.getValue();
            if (SWITCHES.contains(name)) {
                require(value.isEmpty(), ruleId, "option '" + name + "' takes no value, has '" + value + "'");
            } else if (VALUED.contains(name)) {
                require(!value.isEmpty(), ruleId, "option '" + name + "' needs a value (" + name + "=...)");
            } else {
                throw new IllegalArgumentException("rules.tsv: rule " + ruleId + " has unknown option '" + name
                        + "'; known: " + String.join(", ", SWITCHES) + ", stance=, cause=, needs=");
            }
        }
        String stance = raw.get("stance");
        require(stance == null || EventType.STANCE.labels().contains(stance), ruleId,
                "stance=" + stance + " is not a polarity " + EventType.STANCE.labels());
        String cause = raw.get("cause");
        require(cause == null || EventType.CAUSES.contains(cause), ruleId,
                "cause=" + cause + " is not a cause " + EventType.CAUSES);
        return new RuleFlags(raw.containsKey("context"), raw.containsKey("fallback"), raw.containsKey("sameclause"),
                raw.containsKey("noconditional"), raw.containsKey("certain"), raw.containsKey("local"), stance, cause,
                raw.get("needs"));
    }

    /** Whether the named option is set (a valued option counts when it has a value). */
    boolean has(String name) {
        return switch (name) {
            case "context" -> context;
            case "fallback" -> fallback;
            case "sameclause" -> sameClause;
            case "noconditional" -> noConditional;
            case "certain" -> certain;
            case "local" -> local;
            case "stance", "cause", "needs" -> value(name) != null;
            default -> throw new IllegalArgumentException("no rule option '" + name + "'");
        };
    }

    /** The value of a valued option, or null when it is not set. */
    String value(String name) {
        return switch (name) {
            case "stance" -> stance;
            case "cause" -> cause;
            case "needs" -> needs;
            default -> throw new IllegalArgumentException("rule option '" + name + "' has no value");
        };
    }

    private static void require(boolean ok, String ruleId, String problem) {
        if (!ok) {
            throw new IllegalArgumentException("rules.tsv: rule " + ruleId + ": " + problem);
        }
    }
}
