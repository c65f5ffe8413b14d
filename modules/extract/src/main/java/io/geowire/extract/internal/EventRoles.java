package io.geowire.extract.internal;

import java.util.Set;

/**
 * Where a party stands towards the event of its sentence, read from the words around its mentions: the preposition
 * that governs it ("talks with X", "pressure from X", "sanctions against X", "was summoned by X"), a verb it is the
 * object of ("accused X", "met X"), the place of a visit ("arrived in X", "a visit to X"), the subject of a passive
 * verb ("X was summoned") and the owner of an event noun ("X's visit", "at X's request"). The field ranker's first
 * features described each party alone (subject, after any preposition, first named); these describe its role, so
 * that the ranker can tell "X's visit to Y" from "Y's visit to X" and "Y welcomed X" from "X was welcomed by Y".
 */
final class EventRoles {
    private EventRoles() {
    }

    /** Prepositions of a partner: the party acts with the actor rather than being acted on. */
    private static final Set<String> PARTNER = Set.of("with", "alongside", "between");
    /** Prepositions that point the event at the party: the usual place of a target. */
    private static final Set<String> DIRECTED = Set.of("against", "to", "towards", "toward", "on", "at", "over", "for",
            "into", "onto", "upon");
    /** Prepositions of the place an event happens in: the host of a visit when the sentence speaks of one. */
    private static final Set<String> PLACE = Set.of("in", "to", "at");
    /** Words of a visit or a trip. */
    private static final Set<String> VISIT = Set.of("visit", "visits", "visited", "visiting", "arrived", "arrives",
            "arrive", "arriving", "trip", "travelled", "traveled", "travels", "flew", "tour", "toured", "landed");
    /** "called in the ambassador": the one phrasal verb of diplomacy whose "in" is no place. */
    private static final Set<String> CALL = Set.of("called", "call", "calls", "calling");
    /** Determiners and possessive pronouns of the noun phrase a mention stands in. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our");
    /** Forms of "to be" that open a passive verb group. */
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "been", "be", "being");
    /** Irregular past participles common in news of diplomacy ("was met by", "were told", "was held up"). */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("met", "told", "held", "given", "seen", "taken",
            "hit", "made", "sent", "struck", "shut", "brought", "kept", "left", "put", "set", "won", "beaten", "driven",
            "shown", "thrown", "caught", "sought", "bought", "sold", "led", "cut", "known", "chosen", "forbidden");
    /** Verbs whose object is the party an event is done to ("accused Ukraine", "met Putin", "urged Baku"). */
    private static final Set<String> OBJECT_VERBS = Set.of("met", "meets", "meet", "told", "tells", "urged", "urges",
            "visited", "visits", "accuses", "accuse", "hosts", "host", "welcomes", "welcome", "receives", "receive",
            "thanks", "thank", "joins", "join", "recognise", "recognize", "recognises", "recognizes", "backs", "back",
            "supports", "support", "criticises", "criticizes", "condemns", "blames", "blame", "warns", "warn",
            "summon", "summons", "expel", "expels", "hit", "left", "leave", "leaves", "quit", "quits", "sent", "send",
            // a giving verb's first object is who receives ("will give Ukraine its jets", "offer Baku a loan"); their
            // past forms in -ed are read as verbs already
            "give", "gives", "gave", "hand", "hands", "lend", "lends", "lent", "sell", "sells", "supply", "supplies",
            "offer", "offers", "grant", "grants", "promise", "promises",
            // so is a verb of letting in: who is let in ("voted to let Finland into NATO", "invite Kyiv to join")
            "let", "lets", "allow", "allows", "admit", "admits", "invite", "invites");
    /** Nouns of an act or a position: their possessor is who acts ("Yerevan's request", "Erdogan's visit"). */
    private static final Set<String> EVENT_NOUNS = Set.of("visit", "trip", "request", "decision", "call", "calls",
            "offer", "proposal", "invitation", "move", "bid", "demand", "demands", "refusal", "plan", "position",
            "stance", "statement", "support", "criticism", "protest", "accusation", "accusations", "initiative",
            "policy", "withdrawal", "veto", "approval", "announcement", "appeal", "warning", "threat", "pressure",
            "backing", "condemnation", "response", "reaction", "objection", "objections", "complaint", "invasion",
            "aggression", "attack", "attacks", "recognition", "pivot", "push", "effort", "efforts", "mediation");

    /** The roles a party's mentions in {@code s} give it; all false when it is not named there. */
    record Roles(boolean afterWith, boolean afterDirected, boolean afterBy, boolean afterFrom, boolean afterOf,
                 boolean visitHost, boolean object, boolean passiveSubject, boolean eventPossessor) {
    }

    static Roles of(NormSentence s, String id) {
        boolean with = false;
        boolean directed = false;
        boolean by = false;
        boolean from = false;
        boolean of = false;
        boolean host = false;
        boolean object = false;
        boolean passive = false;
        boolean possessor = false;
        boolean visit = speaksOfVisit(s);
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.toks.get(i);
            if (!isParty(t) || !t.hasId(id)) {
                continue;
            }
            String gov = governingWord(s, i);
            with |= PARTNER.contains(gov);
            directed |= DIRECTED.contains(gov);
            by |= gov.equals("by");
            from |= gov.equals("from");
            of |= gov.equals("of");
            host |= visit && PLACE.contains(gov);
            object |= isObjectVerb(gov);
            passive |= passiveAfter(s, i);
            possessor |= ownsEventNoun(s, i);
        }
        return new Roles(with, directed, by, from, of, host, object, passive, possessor);
    }

    /**
     * The word that governs the phrase of the mention at {@code i}: the word before the list the mention stands in
     * ("with Bulgaria, Serbia and Slovakia"), skipping the determiners, titles and demonyms of its own phrase ("with
     * his Polish counterpart", "by President Mirziyoyev"). Empty at the start of the sentence or after punctuation.
     */
    static String governingWord(NormSentence s, int i) {
        int p = i - 1;
        while (p >= 1 && (p - 1 >= 0) && isListSeparator(s.toks.get(p).norm) && isParty(s.toks.get(p - 1))) {
            p -= 2;
        }
        while (p >= 0 && skippable(s.toks.get(p))) {
            p--;
        }
        if (p < 0 || s.toks.get(p).kind == Tok.Kind.PUNCT) {
            return "";
        }
        if (p >= 1 && s.toks.get(p).norm.equals("in") && CALL.contains(s.toks.get(p - 1).norm)) {
            return s.toks.get(p - 1).norm; // "called in Russia's ambassador": the verb governs, not a place
        }
        return s.toks.get(p).norm;
    }

    private static boolean skippable(Tok t) {
        if (t.kind == Tok.Kind.ACTOR || t.kind == Tok.Kind.AFFILIATION) {
            return t.adjective;
        }
        if (t.kind != Tok.Kind.WORD) {
            return false;
        }
        if (DETERMINERS.contains(t.norm) || t.norm.equals("'s")) {
            return true;
        }
        // a title ("President", "Foreign Minister") is written with a capital; a preposition that opens the sentence
        // ("In Moscow, ...") is not a title
        boolean capital = !t.surface.isEmpty() && Character.isUpperCase(t.surface.charAt(0));
        return capital && !PARTNER.contains(t.norm) && !DIRECTED.contains(t.norm) && !PLACE.contains(t.norm)
                && !t.norm.equals("by") && !t.norm.equals("from") && !t.norm.equals("of");
    }

    private static boolean isObjectVerb(String word) {
        if (OBJECT_VERBS.contains(word)) {
            return true;
        }
        // a past tense or participle just before the phrase ("accused Ukraine", "summoned Russia's ambassador")
        return word.length() > 4 && word.endsWith("ed") && !BE.contains(word) && !word.equals("need");
    }

    /** "X was summoned", "X's ambassador was called in", "X has been asked": the party undergoes the event. */
    static boolean passiveAfter(NormSentence s, int i) {
        int k = i + 1;
        if (k < s.size() && s.toks.get(k).norm.equals("'s")) {
            k += 2; // the possessed noun
        }
        while (k < s.size() && (s.toks.get(k).norm.equals("has") || s.toks.get(k).norm.equals("have")
                || s.toks.get(k).norm.equals("had"))) {
            k++;
        }
        if (k + 1 >= s.size() || !BE.contains(s.toks.get(k).norm)) {
            return false;
        }
        k++;
        if (k < s.size() && s.toks.get(k).norm.equals("been")) {
            k++;
        }
        if (k < s.size() && s.toks.get(k).norm.endsWith("ly")) {
            k++; // "was formally asked"
        }
        if (k >= s.size()) {
            return false;
        }
        String v = s.toks.get(k).norm;
        return (v.length() > 3 && v.endsWith("ed")) || IRREGULAR_PARTICIPLES.contains(v);
    }

    /** "X's visit", "at Yerevan's request", "the EU's decision": the mention owns a noun of an act or position. */
    static boolean ownsEventNoun(NormSentence s, int i) {
        if (i + 2 >= s.size() || !s.toks.get(i + 1).norm.equals("'s")) {
            return false;
        }
        for (int k = i + 2; k < Math.min(s.size(), i + 5); k++) {
            String w = s.toks.get(k).norm;
            if (EVENT_NOUNS.contains(w)) {
                return true;
            }
            if (s.toks.get(k).kind != Tok.Kind.WORD || !(w.endsWith("al") || w.endsWith("ic") || w.endsWith("ed")
                    || w.equals("first") || w.equals("latest") || w.equals("new") || w.equals("official"))) {
                return false; // only adjectives may stand between ("Turkey's latest offer")
            }
        }
        return false;
    }

    private static boolean speaksOfVisit(NormSentence s) {
        for (Tok t : s.toks) {
            if (VISIT.contains(t.norm)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isListSeparator(String norm) {
        return norm.equals(",") || norm.equals("and");
    }

    private static boolean isParty(Tok t) {
        return t.kind == Tok.Kind.ACTOR || t.kind == Tok.Kind.AFFILIATION || t.kind == Tok.Kind.ANTI;
    }
}
