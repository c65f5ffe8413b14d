package io.geowire.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Turns a sentence into a {@link NormSentence}: tokens, spinner normalisation, mention collapsing. */
public final class Normalizer {
    /** "First Deputy Prime Minister": the longest title between a demonym and a name read as one. */
    private static final int MAX_TITLE_WORDS = 4;
    private final Lexicon lex;

    public Normalizer(Lexicon lex) {
        this.lex = lex;
    }

    public NormSentence normalize(String text, int start, int end, int paragraph) {
        List<Tok> toks = Tokenizer.tokenize(text, start, end);
        toks = despin(toks);
        toks = collapseMentions(toks);
        toks = titledPeople(toks);
        toks = markAnti(toks);
        NormSentence ns = new NormSentence(start, end, paragraph, toks);
        findPatternRoutes(ns);
        return ns;
    }

    private List<Tok> despin(List<Tok> in) {
        List<Tok> out = new ArrayList<>(in.size());
        int i = 0;
        while (i < in.size()) {
            PhraseTrie.Match<List<String>> m = lex.spinner.longest(in, i);
            if (m == null) {
                out.add(in.get(i++));
                continue;
            }
            Tok first = in.get(m.start());
            Tok last = in.get(m.end() - 1);
            String surface = first.surface;
            for (String w : m.entries().get(0).value()) {
                out.add(new Tok(w, surface, first.start, last.end, Tok.Kind.WORD, null, null));
            }
            i = m.end();
        }
        return out;
    }

    private List<Tok> collapseMentions(List<Tok> in) {
        List<Tok> out = new ArrayList<>(in.size());
        int i = 0;
        while (i < in.size()) {
            Tok t = in.get(i);
            PhraseTrie.Match<Entity> m = t.kind == Tok.Kind.PUNCT && !t.norm.equals("\"") ? null : lex.entities.longest(in, i);
            if (m == null) {
                out.add(t);
                i++;
                continue;
            }
            Entity e = best(m.entries());
            Tok first = in.get(m.start());
            Tok last = in.get(m.end() - 1);
            Tok mention = new Tok(prefix(e.kind()) + e.id(), first.surface, first.start, last.end, e.kind(), e.id(),
                    e.person());
            mention.adjective = e.adjective();
            out.add(mention);
            i = m.end();
        }
        return out;
    }

    /**
     * A person speaks for the state a demonym in their title names ("Estonian Prime Minister Kaja Kallas", "Dutch Prime
     * Minister Mark Rutte"), not for the body people.tsv gives them: people change offices, and the gazetteer holds
     * only their latest one. Only a state's demonym directly before one to four capitalised title words counts.
     */
    private List<Tok> titledPeople(List<Tok> in) {
        List<Tok> out = new ArrayList<>(in);
        for (int i = 0; i < out.size(); i++) {
            Tok person = out.get(i);
            if (person.kind != Tok.Kind.ACTOR || person.person == null) {
                continue;
            }
            Tok demonym = titleDemonym(out, i);
            if (demonym != null && !demonym.id.equals(person.id)) {
                out.set(i, new Tok(prefix(Tok.Kind.ACTOR) + demonym.id, person.surface, person.start, person.end,
                        Tok.Kind.ACTOR, demonym.id, person.person));
            }
        }
        return out;
    }

    private Tok titleDemonym(List<Tok> toks, int person) {
        int j = person - 1;
        while (j >= 0 && person - j <= MAX_TITLE_WORDS && isTitleWord(toks.get(j))) {
            j--;
        }
        if (j < 0 || j == person - 1 || person - j > MAX_TITLE_WORDS + 1) {
            return null;
        }
        Tok t = toks.get(j);
        boolean stateDemonym = t.kind == Tok.Kind.ACTOR && t.adjective && t.person == null
                && !lex.isOrganisation(t.id);
        return stateDemonym ? t : null;
    }

    private static boolean isTitleWord(Tok t) {
        return t.kind == Tok.Kind.WORD && !t.surface.isEmpty() && Character.isUpperCase(t.surface.charAt(0));
    }

    private static Entity best(List<PhraseTrie.Entry<Entity>> entries) {
        Entity best = entries.get(0).value();
        for (PhraseTrie.Entry<Entity> en : entries) {
            if (en.value().priority() > best.priority()) {
                best = en.value();
            }
        }
        return best;
    }

    /** "anti-Russian" becomes !RUS, "pro-Russian" plain @RUS. */
    private static List<Tok> markAnti(List<Tok> in) {
        List<Tok> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Tok t = in.get(i);
            if (i + 2 < in.size() && in.get(i + 1).norm.equals("-") && in.get(i + 2).kind == Tok.Kind.ACTOR
                    && (t.norm.equals("anti") || t.norm.equals("pro"))) {
                Tok a = in.get(i + 2);
                boolean anti = t.norm.equals("anti");
                out.add(new Tok((anti ? "!" : "@") + a.id, t.surface, t.start, a.end,
                        anti ? Tok.Kind.ANTI : Tok.Kind.ACTOR, a.id, null));
                i += 2;
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private void findPatternRoutes(NormSentence ns) {
        for (Lexicon.RoutePattern rp : lex.routePatterns) {
            if (!rp.worthTrying(ns.text)) {
                continue;
            }
            Matcher m = rp.pattern().matcher(ns.text);
            while (m.find()) {
                ns.patternRouteSpans.add(new int[] {ns.tokenAt(m.start()), ns.lastTokenBefore(m.end())});
                ns.patternRouteIds.add(rp.routeId());
            }
        }
    }

    static String prefix(Tok.Kind k) {
        return switch (k) {
            case ACTOR -> "@";
            case AFFILIATION -> "$";
            case ROUTE -> "#";
            case PLACE -> "&";
            case ANTI -> "!";
            default -> "";
        };
    }
}
