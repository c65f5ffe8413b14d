package io.geowire.extract.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One extraction rule from rules.tsv.
 *
 * @param id       rule id (for debugging and tests)
 * @param type     stance | sanction_statement | route_disruption
 * @param value    polarity, position or status
 * @param target   how the stance target is found: obj, patron, fixed:ID, other, none
 * @param negation what a preceding negation cue does: flip (swap aligning/distancing), drop (no event), keep,
 *                 or "->value" (use that value instead)
 * @param flags    the options column, parsed (see {@link RuleFlags})
 * @param keys     token prefixes, one of which must occur in the sentence for the rule to be tried
 * @param pattern  regex over the normalised sentence; may name groups a (actor), t (target), v (trigger)
 * @param topic    short topic text for stance events
 */
record Rule(String id, String type, String value, String target, String negation, RuleFlags flags,
                   List<String> keys, Pattern pattern, String topic) {

    boolean flag(String name) {
        return flags.has(name);
    }

    String flagValue(String name) {
        return flags.value(name);
    }

    boolean hasGroup(String name) {
        return pattern.pattern().contains("(?<" + name + ">");
    }
}
