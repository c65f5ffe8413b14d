package io.geowire.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The article-level relevance gate: could this text name anything the project tracks? A phrase can match only where
 * every one of its words appears, so the gate asks exactly that, over the text's set of words, for every gazetteer
 * alias (states, organisations, people, affiliations, places, routes) and every word a route pattern needs; where
 * all words of a spinner phrase occur, the words it is rewritten to count as present too. A text that passes for none cannot yield an event (every
 * event needs an actor or a route), so it skips sentence splitting, normalisation, the rules and the encoder.
 * Acronyms ("US", "EU") count only as written, as the gazetteer matches them; words come from the extractor's own
 * tokenizer, so a word counts exactly when the gazetteer could see it.
 */
final class RelevanceGate {
    /** A phrase's words: looked up by the one fewest phrases share, then all checked. */
    private record Phrase(List<String> words, boolean exact) {
    }

    /** A spinner phrase and the words it is rewritten to. */
    private record Spun(Phrase phrase, List<String> rewrite) {
    }

    private final List<Phrase> phrases = new ArrayList<>();
    private final List<Spun> spun = new ArrayList<>();
    private final Map<String, List<Spun>> spunByLowerKey = new HashMap<>();
    private final Map<String, List<Spun>> spunByExactKey = new HashMap<>();
    private final Map<String, List<Phrase>> byLowerKey = new HashMap<>();
    private final Map<String, List<Phrase>> byExactKey = new HashMap<>();
    /** A route pattern that needs no particular word can match any text: the gate then lets everything through. */
    private boolean open;

    /** A gazetteer alias. */
    void addPhrase(String phrase) {
        Phrase p = phrase(phrase);
        if (p != null) {
            phrases.add(p);
        }
    }

    /** A spinner phrase: where all its words occur, the words of its rewrite count as present too. */
    void addSpunPhrase(String phrase, List<String> rewrite) {
        Phrase p = phrase(phrase);
        if (p != null) {
            spun.add(new Spun(p, List.copyOf(rewrite)));
        }
    }

    /** A word a route pattern needs (placeholders such as "@KAZ" are covered by the gazetteer's own phrases). */
    void addNeed(String need) {
        if (need.startsWith("@") || need.startsWith("#") || need.startsWith("$") || need.startsWith("&")
                || need.startsWith("!")) {
            return;
        }
        addPhrase(need.toLowerCase(Locale.ROOT));
    }

    void openForAll() {
        open = true;
    }

    /** Indexes every phrase by its word fewest phrases share; call once all phrases are in. */
    void seal() {
        Map<String, Integer> uses = new HashMap<>();
        for (Phrase p : phrases) {
            p.words().stream().distinct().forEach(w -> uses.merge(w, 1, Integer::sum));
        }
        for (Spun sp : spun) {
            sp.phrase().words().stream().distinct().forEach(w -> uses.merge(w, 1, Integer::sum));
        }
        for (Phrase p : phrases) {
            (p.exact() ? byExactKey : byLowerKey).computeIfAbsent(key(p, uses), k -> new ArrayList<>()).add(p);
        }
        for (Spun sp : spun) {
            (sp.phrase().exact() ? spunByExactKey : spunByLowerKey)
                    .computeIfAbsent(key(sp.phrase(), uses), k -> new ArrayList<>()).add(sp);
        }
        phrases.clear();
        spun.clear();
    }

    private static String key(Phrase p, Map<String, Integer> uses) {
        String key = p.words().get(0);
        for (String w : p.words()) {
            if (uses.get(w) < uses.get(key) || (uses.get(w).equals(uses.get(key)) && w.length() > key.length())) {
                key = w;
            }
        }
        return key;
    }

    /** True when every word of some tracked phrase occurs in {@code text} (or a route pattern could match anything). */
    boolean mayMention(String text) {
        return open || firstTrackedPhrase(text) != null;
    }

    /** The words of the first tracked phrase whose words all occur in {@code text}, or null. */
    List<String> firstTrackedPhrase(String text) {
        List<Tok> toks = Tokenizer.tokenize(text, 0, text.length());
        Set<String> norms = new HashSet<>();
        Set<String> surfaces = new HashSet<>();
        for (Tok t : toks) {
            norms.add(t.norm);
            surfaces.add(t.surface);
        }
        List<String> extra = new ArrayList<>();
        for (Tok t : toks) {
            addRewrites(spunByLowerKey.get(t.norm), norms, extra);
            addRewrites(spunByExactKey.get(t.surface), surfaces, extra);
        }
        for (String w : extra) {
            // a rewritten token keeps the surface of the text it replaced, so compare those in any case
            norms.add(w);
            surfaces.add(w);
            surfaces.add(w.toUpperCase(Locale.ROOT));
        }
        for (String w : extra) {
            List<String> found = allPresent(byLowerKey.get(w), norms);
            if (found == null) {
                found = allPresent(byExactKey.get(w.toUpperCase(Locale.ROOT)), surfaces);
            }
            if (found != null) {
                return found;
            }
        }
        for (Tok t : toks) {
            List<String> found = allPresent(byLowerKey.get(t.norm), norms);
            if (found == null) {
                found = allPresent(byExactKey.get(t.surface), surfaces);
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void addRewrites(List<Spun> candidates, Set<String> words, List<String> extra) {
        if (candidates != null) {
            for (Spun sp : candidates) {
                if (words.containsAll(sp.phrase().words())) {
                    extra.addAll(sp.rewrite());
                }
            }
        }
    }

    private static List<String> allPresent(List<Phrase> candidates, Set<String> words) {
        if (candidates != null) {
            for (Phrase p : candidates) {
                if (words.containsAll(p.words())) {
                    return p.words();
                }
            }
        }
        return null;
    }

    private static Phrase phrase(String text) {
        List<Tok> toks = Tokenizer.tokenize(text, 0, text.length());
        if (toks.isEmpty()) {
            return null;
        }
        boolean exact = PhraseTrie.isAcronym(text);
        List<String> words = new ArrayList<>(toks.size());
        for (Tok t : toks) {
            words.add(exact ? t.surface : t.norm);
        }
        return new Phrase(List.copyOf(words), exact);
    }
}
