package io.geowire.extract.internal;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence as the rules see it: normalised tokens joined by single spaces, mentions collapsed to placeholders
 * (@KAZ, $RUS, #CPC, &RUS, !RUS), with a map from string positions back to tokens and original offsets.
 */
final class NormSentence {
    public final int start;
    public final int end;
    public final int paragraph;
    /** Position of the sentence in its article. */
    int index;
    /** Date that opens the sentence ("In January, ..."), which also dates the next sentence of its paragraph. */
    String openingDate;
    /** False for questions and headlines: they are read for dates and context but yield no events. */
    boolean asserts = true;
    /**
     * A route rule's trigger matched here (a halt, restart, threat or plan), whether or not the rule found a route to
     * give it: "All traffic across the bridge has stopped." names nothing, yet the learned stage can fill its route
     * from the sentences before, so it is worth encoding.
     */
    boolean routeTrigger;
    public final List<Tok> toks;
    public final String text;
    private final int[] tokStart;
    /** Clause number of each token. */
    final int[] clause;
    /** Routes found by route patterns: token range and id (in addition to ROUTE tokens). */
    final List<int[]> patternRouteSpans = new java.util.ArrayList<>();
    final List<String> patternRouteIds = new java.util.ArrayList<>();
    /**
     * Answers about the whole sentence that every rule match in it asks again (hedged? which cause? a statement?):
     * computed once, because a long sentence has many matches and each scan is as long as the sentence.
     */
    private final java.util.Map<String, Object> memo = new java.util.HashMap<>();

    NormSentence(int start, int end, int paragraph, List<Tok> toks) {
        this.start = start;
        this.end = end;
        this.paragraph = paragraph;
        this.toks = toks;
        StringBuilder sb = new StringBuilder();
        tokStart = new int[toks.size()];
        for (int i = 0; i < toks.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            tokStart[i] = sb.length();
            sb.append(toks.get(i).norm);
        }
        this.text = sb.toString();
        this.clause = Clauses.assign(toks);
    }

    /** Index of the token covering string position {@code pos} (or the next token). */
    public int tokenAt(int pos) {
        int i = Arrays.binarySearch(tokStart, pos);
        if (i >= 0) {
            return i;
        }
        int ins = -i - 1;
        return Math.max(0, ins - 1);
    }

    /** Index of the token that ends at or before string position {@code endPos} (exclusive end of a match). */
    public int lastTokenBefore(int endPos) {
        return tokenAt(Math.max(0, endPos - 1));
    }

    /** Position of token {@code tok} in {@link #text}. */
    public int position(int tok) {
        return tok >= tokStart.length ? text.length() : tokStart[tok];
    }

    public int size() {
        return toks.size();
    }

    /** The value {@code compute} gives for this sentence under {@code key}, computed on first use (null too). */
    @SuppressWarnings("unchecked")
    <T> T memo(String key, java.util.function.Supplier<T> compute) {
        if (!memo.containsKey(key)) {
            memo.put(key, compute.get());
        }
        return (T) memo.get(key);
    }
}
