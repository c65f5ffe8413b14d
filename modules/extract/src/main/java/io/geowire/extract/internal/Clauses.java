package io.geowire.extract.internal;

import java.util.List;
import java.util.Set;

/**
 * Splits a sentence into clauses: at ; : dashes and brackets, at a comma before a subordinating word, and at
 * "and"/"but" before a verb. Evidence is the clause of the trigger, so that one sentence can carry several events.
 */
final class Clauses {
    private static final Set<String> HARD = Set.of(";", ":", "--", "(", ")", "[", "]", "?", "!");
    private static final Set<String> AFTER_COMMA = Set.of("but", "while", "whereas", "although", "though", "and",
            "which", "where", "when", "as", "who", "because", "since", "after", "before", "calling", "adding",
            "meaning", "thus", "thereby", "stating", "saying", "following", "so", "yet", "however", "despite", "if",
            "unless", "whose", "with", "had", "\"", "nor", "or", "whilst", "even", "in", "according");
    private static final Set<String> AUX = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
            "did", "does", "do", "not", "also", "then", "can", "could", "may", "might", "should", "must", "never",
            "instead", "agreed", "later");

    private Clauses() {
    }

    static int[] assign(List<Tok> toks) {
        int[] clause = new int[toks.size()];
        int c = 0;
        for (int i = 0; i < toks.size(); i++) {
            if (i > 0 && isBoundary(toks, i)) {
                c++;
            }
            clause[i] = c;
        }
        return clause;
    }

    private static boolean isBoundary(List<Tok> toks, int i) {
        String t = toks.get(i).norm;
        if (HARD.contains(t)) {
            return true;
        }
        String prev = toks.get(i - 1).norm;
        if (prev.equals(",") && AFTER_COMMA.contains(t)) {
            return true;
        }
        if (t.equals("but") || t.equals("while") || t.equals("whereas")) {
            return true;
        }
        if ((t.equals("and") || t.equals("nor")) && i + 1 < toks.size()) {
            String next = toks.get(i + 1).norm;
            return AUX.contains(next) || (next.length() > 4 && (next.endsWith("ed") || next.endsWith("ing")));
        }
        return false;
    }
}
