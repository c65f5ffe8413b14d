package io.geowire.extract.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fields of a sanction statement beyond actor and position: speaker, regime and the sanctioned party. */
final class SanctionFields {
    private static final Pattern TITLE = Pattern.compile("(?:(?:First |Deputy |Vice )*(?:Prime Minister|Foreign Minister"
            + "|(?:Finance|Energy|Economy|Economic|Defen[cs]e|Trade|Foreign|Interior|Agriculture|Justice) Minister"
            + "|Minister of (?:the )?[A-Z][a-z]+(?: (?:and|of) [A-Z][a-z]+)*|Ministry of (?:the )?[A-Z][a-z]+(?: (?:and|of) [A-Z][a-z]+)*"
            + "|Foreign Ministry|[A-Z][a-z]+ Ministry|spokes(?:man|woman|person)|Ambassador|President|Prime Minister))");

    private final ArticleState st;
    private final Cues cues;
    private final String defaultSanctioned;

    SanctionFields(ArticleState st, Cues cues, String defaultSanctioned) {
        this.st = st;
        this.cues = cues;
        this.defaultSanctioned = defaultSanctioned;
    }

    String speaker(NormSentence s, Trigger tr) {
        Quotes.Quote q = st.quotes.at(s.toks.get(tr.tok()).start);
        if (q != null && q.speaker() != null) {
            return q.speaker();
        }
        for (int i = tr.tok() - 1; i >= 0; i--) {
            Tok t = s.toks.get(i);
            if (t.kind == Tok.Kind.ACTOR && t.person != null) {
                return t.person;
            }
        }
        Matcher m = TITLE.matcher(st.text).region(s.start, s.toks.get(tr.tok()).start);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last;
    }


    /** Who imposed the sanctions: actors named near the word "sanctions" other than the target of the sanctions. */
    String regime(NormSentence s, String actor) {
        Set<String> ids = new LinkedHashSet<>();
        String sanctioned = sanctioned(s, actor);
        for (int i = 0; i < s.size(); i++) {
            if (!s.toks.get(i).norm.startsWith("sanction")) {
                continue;
            }
            for (int k = Math.max(0, i - 3); k < Math.min(s.size(), i + 12); k++) {
                Tok t = s.toks.get(k);
                String prev = k > 0 ? s.toks.get(k - 1).norm : "";
                if (t.norm.equals("western") || t.norm.equals("west")) {
                    ids.add("West");
                } else if (t.kind == Tok.Kind.ACTOR && !t.id.equals(actor) && !t.id.equals(sanctioned)
                        && !prev.equals("on") && !prev.equals("against") && !prev.equals("to") && !prev.equals("into")) {
                    ids.add(t.id);
                }
            }
        }
        return ids.isEmpty() ? null : String.join(",", ids);
    }


    /** Positions only a party the sanctions do not hit can take: it applies them, stays out of them, or refuses to help evade them. */
    private static final java.util.Set<String> BYSTANDER_POSITIONS = java.util.Set.of("comply", "not_join", "refuse_circumvent");

    /**
     * True when {@code actor} is the party the sentence's sanctions hit ("sanctions against Russia", else settings.tsv {@code default_sanctioned_party}) and the position is one only a bystander takes:
     * Russia does not comply with, stay out of or refuse to help evade the sanctions on Russia. Of the train and dev
     * gold statements, none has the sanctioned party as actor of such a position (it opposes or answers them).
     * "We do not take Russian cargo" is the interviewee's firm, not Russia.
     */
    boolean sanctionedBystander(NormSentence s, String actor, String position) {
        if (actor == null || !BYSTANDER_POSITIONS.contains(position)) {
            return false;
        }
        String hit = hitParty(s);
        return actor.equals(hit != null ? hit : defaultSanctioned);
    }

    /**
     * "sanctions on X", "measures against X", "anti-X": the party the sentence names as hit, or null. Not "help X
     * evade": "whether the pipeline was meant to help Serbia avoid the consequences" asks about a bystander.
     */
    private String hitParty(NormSentence s) {
        for (int i = 0; i + 1 < s.size(); i++) {
            Tok t = s.toks.get(i);
            if (t.kind == Tok.Kind.ANTI) {
                return t.id;
            }
            boolean marker = t.norm.equals("on") || t.norm.equals("against");
            if (marker && s.toks.get(i + 1).kind == Tok.Kind.ACTOR) {
                return s.toks.get(i + 1).id;
            }
        }
        return null;
    }

    /** The party under sanctions: "sanctions on X", "anti-X sanctions", "help X evade", else the counterpart state. */
    String sanctioned(NormSentence s, String actor) {
        for (int i = 0; i + 1 < s.size(); i++) {
            Tok t = s.toks.get(i);
            Tok next = s.toks.get(i + 1);
            if (t.kind == Tok.Kind.ANTI) {
                return t.id;
            }
            boolean marker = t.norm.equals("on") || t.norm.equals("against") || t.norm.startsWith("help")
                    || ((t.norm.equals("to") || t.norm.equals("into")) && i > 0 && cues.isWord("trade_goods", s.toks.get(i - 1).norm));
            if (marker && next.kind == Tok.Kind.ACTOR && !next.id.equals(actor)) {
                return next.id;
            }
        }
        if (defaultSanctioned != null && !defaultSanctioned.equals(actor)) {
            return defaultSanctioned;
        }
        String counterpart = actor.equals(st.secondary) ? st.focus : st.secondary;
        return counterpart != null && !counterpart.equals(actor) ? counterpart : null;
    }
}
