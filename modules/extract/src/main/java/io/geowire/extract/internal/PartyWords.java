package io.geowire.extract.internal;

import io.geowire.extract.learned.LexicalFeatures;
import io.geowire.extract.learned.SentenceWords;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A sentence's words for the word features of a {@code parties} model ({@link LexicalFeatures}): its text with every
 * gazetteer mention replaced by a placeholder word, and which {@link LexicalFeatures#PARTY_CONTEXT} features hold.
 * Read from the mentions the rules already found, so it costs one pass over the sentence's tokens.
 */
final class PartyWords {
    /** Verbs by which a party states or takes a position, beside the speech verbs. */
    private static final Set<String> STANCE_VERBS = Set.of("signed", "agreed", "agrees", "rejected", "rejects",
            "condemned", "condemns", "supported", "supports", "backed", "backs", "refused", "refuses", "joined",
            "voted", "pledged", "criticised", "criticized", "welcomed", "welcomes", "recognised", "recognized",
            "suspended", "expelled", "accused", "accuses", "opposed", "opposes", "vowed", "promised", "threatened",
            "denounced", "praised", "hailed", "blocked", "summoned", "wants", "seeks", "sought", "reaffirmed",
            "expressed", "offered", "approved", "ratified", "cancelled", "canceled", "boycotted", "sided", "stands");
    private static final Set<String> RELATION_PREPOSITIONS = Set.of("with", "towards", "toward", "against", "from",
            "to");
    /** How many words after a party a verb may stand and still be read as its verb ("Armenia has repeatedly said"). */
    private static final int VERB_REACH = 3;

    private PartyWords() {
    }

    static SentenceWords of(String articleText, NormSentence s) {
        String text = LearnedStage.surface(articleText, s);
        return new SentenceWords(text, masked(articleText, s), context(s));
    }

    /** The sentence as written, each mention replaced by its placeholder word, white space collapsed. */
    static String masked(String articleText, NormSentence s) {
        StringBuilder out = new StringBuilder();
        int at = s.start;
        for (Tok t : s.toks) {
            if (!t.isMention() || t.start < at || t.end > s.end) {
                continue;
            }
            out.append(articleText, at, t.start).append(placeholder(t));
            at = t.end;
        }
        out.append(articleText, at, s.end);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static String placeholder(Tok t) {
        // plain words, so that the encoder reads a sentence it can parse ("Country said ...")
        return switch (t.kind) {
            case ACTOR -> t.person != null ? "Person" : t.adjective ? "National" : "Country";
            case AFFILIATION -> "Country";
            case ROUTE -> "Route";
            case PLACE -> "City";
            case ANTI -> "anti-Country";
            default -> t.surface;
        };
    }

    static Set<String> context(NormSentence s) {
        Set<String> on = new HashSet<>();
        List<Tok> toks = s.toks;
        Set<String> parties = new HashSet<>();
        boolean anyName = false;
        boolean anyDemonym = false;
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (t.kind != Tok.Kind.ACTOR) {
                continue;
            }
            parties.add(t.id);
            boolean person = t.person != null;
            anyDemonym |= t.adjective && !person;
            anyName |= !t.adjective || person;
            boolean verbAfter = verbWithin(toks, i + 1);
            if (verbAfter && person) {
                on.add("person_speaks");
            } else if (verbAfter && !t.adjective) {
                on.add("party_speaks");
            }
            if (person && i >= 1 && LexicalFeatures.isSpeechWord(word(toks.get(i - 1)))) {
                on.add("person_speaks");
            }
            if (i > 0 && RELATION_PREPOSITIONS.contains(word(toks.get(i - 1)))) {
                on.add("party_after_relation");
            }
            if (firstWordIndex(toks) == i || (i <= 2 && allBeforeAreOpeners(toks, i))) {
                on.add("opens_with_party");
            }
        }
        if (parties.size() >= 3) {
            on.add("parties_3plus");
        }
        if (anyDemonym && !anyName) {
            on.add("demonyms_only");
        }
        return on;
    }

    private static boolean verbWithin(List<Tok> toks, int from) {
        for (int j = from; j < Math.min(toks.size(), from + VERB_REACH); j++) {
            Tok t = toks.get(j);
            if (t.kind == Tok.Kind.PUNCT && !t.surface.equals("'") && !t.surface.equals("\u2019")) {
                return false;
            }
            String w = word(t);
            if (LexicalFeatures.isSpeechWord(w) || STANCE_VERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static int firstWordIndex(List<Tok> toks) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).kind != Tok.Kind.PUNCT) {
                return i;
            }
        }
        return -1;
    }

    /** Nothing but "the" and punctuation before the party: "The EU ...", a quote mark then "Russia ...". */
    private static boolean allBeforeAreOpeners(List<Tok> toks, int i) {
        for (int j = 0; j < i; j++) {
            Tok t = toks.get(j);
            if (t.kind != Tok.Kind.PUNCT && !word(t).equals("the")) {
                return false;
            }
        }
        return true;
    }

    private static String word(Tok t) {
        return t.surface.toLowerCase(Locale.ROOT);
    }
}
