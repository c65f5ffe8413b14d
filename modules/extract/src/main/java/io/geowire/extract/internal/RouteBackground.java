package io.geowire.extract.internal;

import java.util.regex.Pattern;

/**
 * Sentences that describe how a route normally works rather than report something that happened to it (issue 11,
 * xroute2): what share of a country's trade travels a route ("About 80% of Kazakh oil exports leave through the CPC",
 * "Serbia gets almost all its gas from Russia through TurkStream"), what happens every season ("a mountain pass that is
 * regularly closed by snow", "suspended for a few days several times each winter"), or one person's view ("I think the
 * risk to TurkStream is higher now"). The rules' triggers and the classifier both read such background as an event; no
 * route evidence of the gold of train or dev is one, except where the sentence also states a halt or restart
 * ("most of it through the Nord Stream pipeline, which has carried nothing since ..."), which keeps the event.
 */
final class RouteBackground {
    /** A share of a flow followed, within a few words, by the route it takes ("80 % of exports travel through"). */
    private static final Pattern SHARE_THROUGH = Pattern.compile(
            "(?:\\b\\d+(?:[.,]\\d+)? ?(?:%|per ?cent|percent)|\\b(?:a|one|two) (?:fifth|sixth|third|quarter|tenth)s?"
                    + "|\\bmost|\\bthe bulk|\\balmost all|\\bnearly all) (?:of )?(?:\\S+ ){0,8}?(?:through|via)\\b");

    /** A year as a token of its own ("in 2018"). */
    private static final Pattern YEAR = Pattern.compile("(?:^| )((?:19|20)\\d\\d)(?= |$)");
    /** A decade ("in the early 2000s"), read as its last year. */
    private static final Pattern DECADE = Pattern.compile("(?:^| )((?:19|20)\\d)0 ?s(?= |$)");
    /**
     * "since 2022", "since May 2022", "since the early 1990s": a time that runs up to the present ("has been
     * interrupted several times since 2022", "the first cargo to cross since the early 1990s"), so the sentence is
     * about now, not history.
     */
    private static final Pattern SINCE_YEAR = Pattern.compile("(?:^| )since (?:[a-z]+ ){0,3}?(?:19|20)\\d\\d(?: ?s)?(?= |$)");
    /** How many calendar years before publication the latest year a sentence names must be for it to be history. */
    static final int HISTORY_YEARS = 2;

    private RouteBackground() {
    }

    /**
     * True when the sentence recalls the route's past as a whole (settings.tsv {@code background_checks}
     * {@code route_history}): the latest year it names is two or more calendar years before publication ("The decision
     * to build Baltic Pipe was taken in 2018." in a 2022 article, "since Azerbaijan stopped importing Russian gas in the
     * early 2000s"), or a word puts it in the past ("which once carried trains", cues.tsv {@code route_history}), and
     * no word of the present or the future brings it up to the story ("began operating in December 2019, is expected to
     * reach ...", cues.tsv {@code route_present}; "since 2022" runs up to now). Such sentences explain where a route comes from; the event they
     * name is not one the story reports. False when the publication date is unknown and no history word stands.
     */
    static boolean recalled(Cues cues, NormSentence s, java.time.LocalDate published) {
        String text = s.text;
        if (cues.any("route_present", text, 0, text.length()) || SINCE_YEAR.matcher(text).find()) {
            return false;
        }
        if (cues.any("route_history", text, 0, text.length())) {
            return true;
        }

        int latest = latestYear(text);
        return published != null && latest > 0 && latest <= published.getYear() - HISTORY_YEARS;
    }

    /** The latest year or decade (its last year) the text names, or -1. */
    static int latestYear(String text) {
        int latest = -1;
        java.util.regex.Matcher y = YEAR.matcher(text);
        while (y.find()) {
            latest = Math.max(latest, Integer.parseInt(y.group(1)));
        }
        java.util.regex.Matcher d = DECADE.matcher(text);
        while (d.find()) {
            latest = Math.max(latest, Integer.parseInt(d.group(1)) * 10 + 9);
        }
        return latest;
    }

    /** True when the sentence is route background: a share of trade through a route, a habit, or a personal view. */
    static boolean describes(Cues cues, NormSentence s) {
        String text = s.text;
        if (cues.any("realised_halt", text, 0, text.length()) || cues.any("status_restored", text, 0, text.length())
                || cues.any("route_background_halt", text, 0, text.length())) {
            return false;
        }
        return cues.any("route_background", text, 0, text.length()) || SHARE_THROUGH.matcher(text).find();
    }
}
