package io.geowire.extract.internal;

import java.util.List;
import java.util.regex.Pattern;

/** Chooses the date of an event among its sentence's date mentions, its quote and the sentences before it. */
final class DateChoice {
    /**
     * A sentence whose speaker or subject is a pronoun continues the previous one ("..., the minister said on
     * Friday. He insisted, however, that ..."; "..., he told reporters."): it happened at the same time.
     */
    private static final Pattern CONTINUES = Pattern.compile(
            "^(?:\" )?(?:he|she|they) |[,\"] (?:he|she|they) (?:said|says|told|added|insisted|stressed|noted|warned"
                    + "|argued|repeated|pointed|explained|replied)\\b");
    /** A speech verb just before a date: "said in May that ...", "told reporters on Tuesday that ...". */
    private static final Pattern SPEECH_BEFORE = Pattern.compile(
            "(?i)\\b(?:said|says|told [\\w ]{1,20}?|announced|stated|declared|wrote|promised|pledged)(?:\\s+(?:in|on|at|early|late))?\\s*$");
    /** A reported intention or forecast: its only date is when it was said. */
    private static final Pattern MODAL = Pattern.compile("(?i)\\b(?:would|will|could|might|plans?|intends?|wants?)\\b");
    private static final Pattern THAT_AFTER = Pattern.compile("^\\s*,?\\s*that\\b");
    /**
     * A statement made when the article was written: a speech verb in the simple past or present ("said", "told",
     * "informs", "reaffirms"), not "has said" or "had told" (a statement of some earlier time).
     */
    private static final Pattern STATEMENT = Pattern.compile(
            "\\b(?:said|says|told|tells|informs|announced|announces|stated|states|declared|declares|reaffirmed"
                    + "|reaffirms|reiterated|reiterates|insisted|stressed|added)\\b");
    private static final Pattern PERFECT = Pattern.compile("\\b(?:has|have|had|having)(?: [a-z]+ly)? (?:said|told|"
            + "announced|stated|declared|reaffirmed|reiterated|insisted|stressed|added)\\b");

    /** Present or future tense of the verbs positions are stated with (normalised, lower-case sentence text). */
    private static final Pattern PRESENT = Pattern.compile("\\b(?:is|are|does|do|will|remains|considers|regards"
            + "|regrets|thanks|welcomes|attaches|applies|calls|urges|supports|opposes|condemns|rejects|stands|sees"
            + "|expects|hopes|recognises|recognizes|believes|insists|continues)\\b");

    /**
     * Words that send a sentence back before the story's day or keep it off any day: the pluperfect ("had stopped");
     * the present perfect ("has not joined", "has refused", "has been expanded"), which English uses for a past
     * without a definite time and never with one ("has met on Monday" is not said); spans ("since", "for years",
     * "during", "repeatedly"); past times ("ago", "previously", "once", "last year", "in the past"); mere
     * possibilities ("may", "might", "could"), which are no news of a day.
     */
    private static final Pattern BACKGROUND = Pattern.compile("\\b(?:had|has|have|'ve|since|ago|previously|formerly"
            + "|once|used to|in the past|for years|for decades|for months|during|repeatedly|historically"
            + "|traditionally|last year|at the time|back then|may|might|could)\\b");

    private DateChoice() {
    }

    /**
     * In order: the date a speech verb governing a reported intention carries ("X said in May that Y would ..."); a
     * date inside the evidence; the date of the sentence nearest to the trigger; the date of the quote the trigger is
     * in; a date carried over from the previous sentence ({@link #carried}); for a statement reported without a date
     * of its own, the publication (dateline) date; else null.
     */
    static String pick(ArticleState st, NormSentence s, int evStart, int evEnd, int trigger,
                       List<DateResolver.Mention> dates) {
        return pick(st, s, evStart, evEnd, trigger, dates, false);
    }

    /**
     * As above; a {@code position} (a stance or a sanction statement, not a route event) stated in the present or
     * future tense without a date of its own ("The Kyrgyz Republic considers such measures unjustified", "Moldova does
     * not recognise the debt", "will not be a platform for ...") is held as of the stated publication date.
     */
    static String pick(ArticleState st, NormSentence s, int evStart, int evEnd, int trigger,
                       List<DateResolver.Mention> dates, boolean position) {
        String text = st.text;
        for (DateResolver.Mention m : dates) {
            if (usable(m) && m.start() < trigger
                    && SPEECH_BEFORE.matcher(text.substring(Math.max(s.start, m.start() - 40), m.start())).find()
                    && THAT_AFTER.matcher(text.substring(m.end(), Math.min(s.end, m.end() + 8))).find()
                    && MODAL.matcher(text.substring(m.end(), Math.min(s.end, trigger + 12))).find()) {
                return m.value();
            }
        }
        for (DateResolver.Mention m : dates) {
            if (usable(m) && m.start() >= evStart && m.end() <= evEnd) {
                return m.value();
            }
        }
        // else a date elsewhere in the sentence ("..., as Tokayev stated at the forum on June 18th"), nearest first
        DateResolver.Mention nearest = null;
        for (DateResolver.Mention m : dates) {
            if (usable(m) && (nearest == null || distance(m, trigger) < distance(nearest, trigger))) {
                nearest = m;
            }
        }
        if (nearest != null) {
            return nearest.value();
        }
        Quotes.Quote q = st.quotes.at(trigger);
        if (q != null && q.date() != null) {
            return q.date();
        }
        String carried = carried(st, s);
        if (carried != null) {
            return carried;
        }
        boolean stated = statement(s, q != null) || position && PRESENT.matcher(s.text).find();
        if (stated && st.statedPublication != null) {
            return st.statedPublication.toString();
        }
        return storyNews(st, s) ? st.storyDay : null;
    }

    /**
     * Wire copy states the day of its news once, in the lead ("Armenia and Azerbaijan agreed on Thursday to ...");
     * the rest of the story's news happened that day unless it says otherwise: "Putin and Xi held talks for about an
     * hour", "The ministry summoned the charge d'affaires". Not a sentence that points back to an earlier time or
     * only to a possibility ({@link #BACKGROUND}, "has repeatedly said"), nor one in a paragraph whose earlier
     * sentences are dated outside the story's week (its background: "In 2019 the line was closed. Traffic moved to
     * the ferry.").
     */
    private static boolean storyNews(ArticleState st, NormSentence s) {
        if (st.storyDay == null || s.memo("background", () -> BACKGROUND.matcher(s.text).find())) {
            return false;
        }
        for (NormSentence p = st.previous(s, 1); p != null; p = st.previous(p, 1)) {
            String d = st.dates.firstDateIn(p.start, p.end);
            if (d != null && !sameWeek(st.statedPublication, d)) {
                return false;
            }
        }
        return true;
    }

    /** True when the date (a day or a month) lies within the story's week up to the publication date. */
    private static boolean sameWeek(java.time.LocalDate published, String value) {
        if (value.length() == 7) {
            return value.equals(published.toString().substring(0, 7));
        }
        return ArticleState.withinStoryDays(published, value, 1);
    }

    private static boolean usable(DateResolver.Mention m) {
        return !m.bound() && m.value() != null;
    }

    private static int distance(DateResolver.Mention m, int at) {
        return m.end() <= at ? at - m.end() : Math.max(0, m.start() - at);
    }

    /**
     * Wire copy and press releases date what someone "said" without a day at the day of the dateline; a quoted
     * remark without an attribution date likewise.
     */
    private static boolean statement(NormSentence s, boolean quoted) {
        return quoted || s.memo("statement", () -> STATEMENT.matcher(s.text).find() && !PERFECT.matcher(s.text).find());
    }

    /**
     * The date carried over from the previous sentence of the paragraph: the date that opens it ("In January, riots
     * broke out. ... Tokayev requested CSTO help."), or any event date of it when this sentence continues it (see
     * {@link #CONTINUES}); else null.
     */
    static String carried(ArticleState st, NormSentence s) {
        NormSentence prev = st.previous(s, 1);
        if (prev == null) {
            return null;
        }
        if (prev.openingDate != null) {
            return prev.openingDate;
        }
        boolean continues = s.memo("continues", () -> CONTINUES.matcher(s.text).find());
        return continues ? st.dates.firstDateIn(prev.start, prev.end) : null;
    }
}
