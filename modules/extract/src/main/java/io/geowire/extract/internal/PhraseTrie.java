package io.geowire.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Token-sequence trie: finds the longest phrase starting at a token position (Aho-Corasick style, per start). */
final class PhraseTrie<V> {
    /** A stored phrase value with, for all-capital acronyms ("US", "UN"), the surface forms that must match exactly. */
    public record Entry<V>(V value, String[] exactSurface) {
    }

    /** A match: tokens [start, end) and the entries found for that phrase. */
    public record Match<V>(int start, int end, List<Entry<V>> entries) {
    }

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>();
        List<Entry<V>> entries;
    }

    private final Node<V> root = new Node<>();

    public void add(String phrase, V value) {
        List<Tok> toks = Tokenizer.tokenize(phrase, 0, phrase.length());
        if (toks.isEmpty()) {
            return;
        }
        Node<V> n = root;
        for (Tok t : toks) {
            n = n.next.computeIfAbsent(t.norm, k -> new Node<>());
        }
        if (n.entries == null) {
            n.entries = new ArrayList<>(1);
        }
        n.entries.add(new Entry<>(value, isAcronym(phrase) ? surfaces(toks) : null));
    }

    /** The longest phrase starting at {@code from} whose case constraints hold, or null. */
    public Match<V> longest(List<Tok> toks, int from) {
        Node<V> n = root;
        Match<V> best = null;
        for (int i = from; i < toks.size(); i++) {
            n = n.next.get(toks.get(i).norm);
            if (n == null) {
                break;
            }
            if (n.entries != null) {
                List<Entry<V>> ok = accepted(n.entries, toks, from);
                if (!ok.isEmpty()) {
                    best = new Match<>(from, i + 1, ok);
                }
            }
        }
        return best;
    }

    private static <V> List<Entry<V>> accepted(List<Entry<V>> entries, List<Tok> toks, int from) {
        List<Entry<V>> ok = new ArrayList<>(entries.size());
        for (Entry<V> e : entries) {
            if (e.exactSurface() == null || surfaceMatches(e.exactSurface(), toks, from)) {
                ok.add(e);
            }
        }
        return ok;
    }

    private static boolean surfaceMatches(String[] surface, List<Tok> toks, int from) {
        for (int k = 0; k < surface.length; k++) {
            if (from + k >= toks.size() || !toks.get(from + k).surface.equals(surface[k])) {
                return false;
            }
        }
        return true;
    }

    static boolean isAcronym(String phrase) {
        String letters = phrase.replaceAll("[^\\p{L}]", "");
        return !letters.isEmpty() && letters.length() <= 5 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
    }

    private static String[] surfaces(List<Tok> toks) {
        String[] s = new String[toks.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = toks.get(i).surface;
        }
        return s;
    }
}
