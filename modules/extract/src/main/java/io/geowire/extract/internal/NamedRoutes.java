package io.geowire.extract.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes the gazetteer does not know, named by capitalised words before a route noun ("the Baltic Pipe link",
 * "the Upper Lars crossing", "the Margara checkpoint", "the Ust-Luga port"): vocab.md asks for an invented short
 * upper-case id for any route outside its fixed list. One definition for the rules and the learned stage.
 */
final class NamedRoutes {
    private static final Pattern NAMED_ROUTE = Pattern.compile(
            "((?:[A-Z][A-Za-z0-9]+[- ]){1,3})(?:pipeline|pipe|link|cable|interconnector|interconnection|terminal"
                    + "|railway|rail line|corridor|line|port|ferry|crossing|border crossing|checkpoint|bridge"
                    + "|storage|gas storage|power line)\\b");

    private NamedRoutes() {
    }

    /**
     * Capitalised words that say what a route carries or where it lies, not which route it is ("its own LNG
     * terminal", "the Soviet-era pipeline").
     */
    private static final java.util.Set<String> NOT_A_NAME = java.util.Set.of("LNG", "LPG", "SOVIET", "SOVIET_ERA",
            "NEW", "OLD", "NORTHERN", "SOUTHERN", "EASTERN", "WESTERN", "MAIN", "GAS", "OIL");

    /** The invented id of the first named route in the sentence's original text, or null. */
    static String in(ArticleState st, NormSentence s) {
        return in(st, s, s.start, s.end);
    }

    /**
     * The invented id of the first named route within the text span [from, to) of the sentence, or null. A name the
     * gazetteer knows ("the Baku-Tbilisi-Ceyhan pipeline") is a route token already and is not named again here.
     */
    static String in(ArticleState st, NormSentence s, int from, int to) {
        Matcher m = NAMED_ROUTE.matcher(st.text).region(from, to);
        while (m.find()) {
            String words = m.group(1).strip();
            if (m.start() == s.start && !words.contains(" ")) {
                // "Pipeline flows fell": a sentence's first word is capitalised whatever it is
                continue;
            }
            if (overlapsRoute(s, m.start(), m.end())) {
                continue;
            }
            if (onlyOneActor(s, m.start(1), m.start(1) + words.length())) {
                // "a Kazakh port official", "the Russian pipeline": a state qualifies the noun, it names no route
                continue;
            }
            String id = words.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
            if (!id.equals("THE") && !id.startsWith("THE_") && !NOT_A_NAME.contains(id)) {
                return id;
            }
        }
        return null;
    }

    private static boolean overlapsRoute(NormSentence s, int from, int to) {
        for (Tok t : s.toks) {
            if (t.kind == Tok.Kind.ROUTE && t.start < to && t.end > from) {
                return true;
            }
        }
        return false;
    }

    /** True when the text span [from, to) is one state or organisation mention and nothing else. */
    private static boolean onlyOneActor(NormSentence s, int from, int to) {
        int actors = 0;
        for (Tok t : s.toks) {
            if (t.end <= from || t.start >= to) {
                continue;
            }
            if (t.kind != Tok.Kind.ACTOR || t.start < from || t.end > to) {
                return false;
            }
            actors++;
        }
        return actors == 1;
    }
}
