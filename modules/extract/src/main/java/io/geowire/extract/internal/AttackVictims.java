package io.geowire.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parties a sentence names only as the victim of an attack ("condemned the attack on a NATO ally and would hold Iran
 * accountable", "called the repeated attacks on Ukrainian infrastructure unacceptable"). A distancing stance of such
 * a sentence is towards the attacker, never the victim: of the gold stances of train and dev whose evidence names
 * a party right after "attack on" or "aggression against", none has it as the target of a distancing stance.
 */
final class AttackVictims {
    /** Words that may stand between the attack phrase and the party ("the attack on a NATO ally"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    private AttackVictims() {
    }

    /**
     * {@code candidates} without the parties {@link #onlyVictim} says are named only as a victim; all of them when
     * none would be left.
     */
    static List<FieldRanker.Candidate> without(Cues cues, NormSentence s, List<FieldRanker.Candidate> candidates) {
        List<FieldRanker.Candidate> kept = new ArrayList<>(candidates.size());
        for (FieldRanker.Candidate c : candidates) {
            if (!onlyVictim(cues, s, c.id())) {
                kept.add(c);
            }
        }
        return kept.isEmpty() ? candidates : kept;
    }

    /**
     * True when the sentence names the party and every mention of it follows a phrase of cues.tsv
     * {@code attack_victim} ("attack on", "strikes against"), with at most a determiner between.
     */
    static boolean onlyVictim(Cues cues, NormSentence s, String party) {
        boolean named = false;
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.toks.get(i);
            if (!LearnedStage.namesParty(t) || !party.equals(t.id)) {
                continue;
            }
            if (!afterAttack(cues, s, i)) {
                return false;
            }
            named = true;
        }
        return named;
    }

    private static boolean afterAttack(Cues cues, NormSentence s, int i) {
        int j = i - 1;
        if (j >= 0 && DETERMINERS.contains(s.toks.get(j).norm)) {
            j--;
        }
        if (j < 1) {
            return false;
        }
        int from = s.position(j - 1);
        int to = s.position(j) + s.toks.get(j).norm.length();
        return cues.find("attack_victim", s.text, from, to) == from;
    }
}
