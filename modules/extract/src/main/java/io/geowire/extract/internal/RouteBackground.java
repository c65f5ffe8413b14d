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

    private RouteBackground() {
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
