package io.geowire.extract.internal;

/**
 * Sentences that name sanctions only as the circumstance of something else (settings.tsv {@code background_checks}
 * {@code sanction_circumstance}, issue 11, xbackground): "Since the end of last year, under the EU's sanctions on
 * Russian oil, JANAF has been barred from carrying Russian crude", "as they did after earlier US sanctions on Russian
 * tankers", "the route is blocked, either by sanctions or by a decision in Moscow". Every mention of sanctions there
 * follows a word that makes it a cause, a frame or a time (cues.tsv {@code sanction_circumstance}), and no actor
 * states, decides or promises anything about them: no position word ({@code position_*}), no speech verb, no word of
 * a decision, an undertaking or an own measure ({@code sanction_decision}: "Uzbekistan imposed an export ban on
 * dual-use goods under the sanctions regime" is Uzbekistan's act). vocab.md counts a position an actor states; such a
 * sentence states none, whoever it names.
 */
final class SanctionBackground {
    /** How many words before a mention of sanctions the word that makes it a circumstance may stand. */
    private static final int REACH = 6;
    private static final java.util.List<String> POSITIONS = java.util.List.of("position_comply", "position_not_join",
            "position_oppose", "position_refuse_circumvent", "position_support", "position_threaten");

    private SanctionBackground() {
    }

    /** True when the sentence names sanctions only as a circumstance and states no position on them. */
    static boolean circumstanceOnly(Cues cues, NormSentence s) {
        String text = s.text;
        int end = text.length();
        if (cues.any("speech", text, 0, end) || cues.any("sanction_decision", text, 0, end)) {
            return false;
        }
        for (String position : POSITIONS) {
            if (cues.any(position, text, 0, end)) {
                return false;
            }
        }
        boolean named = false;
        int at = cues.find("sanction_noun", text, 0, end);
        while (at >= 0) {
            if (!cues.any("sanction_circumstance", text, windowStart(text, at), at)) {
                return false;
            }
            named = true;
            // go on from the space after this word (a search from inside it would find it again)
            int next = text.indexOf(' ', at);
            at = next < 0 ? -1 : cues.find("sanction_noun", text, next + 1, end);
        }
        return named;
    }

    /** Where the {@link #REACH} words before {@code at} begin. */
    private static int windowStart(String text, int at) {
        int from = at;
        for (int words = 0; words <= REACH && from > 0; words++) {
            from = text.lastIndexOf(' ', from - 2) + 1;
        }
        return from;
    }
}
