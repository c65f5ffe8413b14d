package io.geowire.extract.internal;

import io.geowire.model.CalendarWords;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules need to know about the whole article: its focus state (the most mentioned state, the default actor
 * for "the country", "the Central Asian nation", "authorities"), the runner-up (default counterpart), the date
 * context and the quotes.
 */
final class ArticleState {
    final String article;
    final String text;
    final List<NormSentence> sents;
    final String focus;
    final String secondary;
    final DateResolver.Context dates;
    /** The publication date as the article states it (dateline, byline, header); null when only estimated. */
    final LocalDate statedPublication;
    final Quotes quotes;
    /**
     * The day of the story's news as its lead states it ("... agreed on Thursday", "The decision was taken on
     * Thursday evening"): the first day dated in the first two paragraphs of the body, when it lies within a week up
     * to the stated publication date; else null (the lead names no day, or the article states no publication date).
     */
    final String storyDay;
    /** Mentions of each actor id in the whole article, counted once (the ranker's "share" feature reads it per sentence). */
    final Map<String, Integer> actorMentions;
    /** The sum of {@link #actorMentions}, at least 1. */
    final int actorMentionTotal;

    ArticleState(String article, String text, LocalDate published, boolean publishedEstimated, List<NormSentence> sents,
                 Lexicon lex, Cues cues, DateResolver resolver) {
        this.article = article;
        this.text = text;
        this.sents = sents;
        String[] top = topStates(sents, lex);
        this.focus = top[0];
        this.secondary = top[1];
        LocalDate pub = published != null ? published : resolver.bylineDate(text);
        // ingestion's estimate may come from the article's own dateline ("TBILISI, May 28, 2024 (Agency) -"): then the
        // text states the date; an estimate from the latest date mentioned states nothing
        this.statedPublication = published != null && publishedEstimated ? statedInText(resolver, text, published) : pub;
        this.dates = new DateResolver.Context(pub, pub != null ? Integer.valueOf(pub.getYear()) : referenceYear(text));
        this.quotes = new Quotes(text, sents, cues, resolver, dates);
        this.storyDay = statedPublication == null ? null : leadDay(text, sents, resolver, statedPublication);
        this.actorMentions = countActorMentions(sents);
        this.actorMentionTotal = Math.max(1, actorMentions.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static Map<String, Integer> countActorMentions(List<NormSentence> sents) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (NormSentence s : sents) {
            for (Tok t : s.toks) {
                if (t.kind == Tok.Kind.ACTOR) {
                    counts.merge(t.id, 1, Integer::sum);
                }
            }
        }
        return java.util.Collections.unmodifiableMap(counts);
    }


    /**
     * The estimate when the text's own byline or dateline gives that very date, or a yearless dateline its month and
     * day ("BRUSSELS, Dec 15 (Agency) -": the day is stated, ingest found the year); else null.
     */
    private static LocalDate statedInText(DateResolver resolver, String text, LocalDate estimate) {
        LocalDate written = resolver.bylineDate(text);
        if (written != null) {
            return estimate.equals(written) ? estimate : null;
        }
        return java.time.MonthDay.from(estimate).equals(resolver.yearlessDatelineDay(text)) ? estimate : null;
    }

    /** Days before publication the lead's day may lie (a weekly's story of last Monday is still its news). */
    static final int STORY_DAYS = 7;

    /** See {@link #storyDay}: read with a context of its own, so the article's date context is left as it was. */
    private static String leadDay(String text, List<NormSentence> sents, DateResolver resolver, LocalDate published) {
        DateResolver.Context lead = new DateResolver.Context(published, published.getYear());
        int firstParagraph = -1;
        for (NormSentence s : sents) {
            if (!s.asserts) {
                continue;
            }
            if (firstParagraph < 0) {
                firstParagraph = s.paragraph;
            }
            if (s.paragraph > firstParagraph + 1) {
                return null;
            }
            for (DateResolver.Mention m : resolver.mayContainDate(s) ? resolver.find(text, s, lead)
                    : List.<DateResolver.Mention>of()) {
                if (!m.bound() && m.value() != null) {
                    return withinStoryDays(published, m.value(), 0) ? m.value() : null;
                }
            }
        }
        return null;
    }

    /** True for a day (yyyy-MM-dd) from {@link #STORY_DAYS} days before publication to {@code daysAfter} after it. */
    static boolean withinStoryDays(LocalDate published, String value, int daysAfter) {
        if (value.length() != 10) {
            return false;
        }
        try {
            LocalDate d = LocalDate.parse(value);
            return !d.isBefore(published.minusDays(STORY_DAYS)) && !d.isAfter(published.plusDays(daysAfter));
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static String[] topStates(List<NormSentence> sents, Lexicon lex) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (NormSentence s : sents) {
            for (int i = 0; i < s.toks.size(); i++) {
                Tok t = s.toks.get(i);
                if (t.kind == Tok.Kind.ACTOR && !lex.isOrganisation(t.id)) {
                    // a mention opening a sentence or clause is usually its subject: the article is about it
                    counts.merge(t.id, opensClause(s, i) ? 3 : 1, Integer::sum);
                }
            }
        }
        String first = null;
        String second = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (first == null || e.getValue() > counts.get(first)) {
                second = first;
                first = e.getKey();
            } else if (second == null || e.getValue() > counts.get(second)) {
                second = e.getKey();
            }
        }
        return new String[] {first, second};
    }

    private static boolean opensClause(NormSentence s, int i) {
        int p = i - 1;
        while (p >= 0 && (s.toks.get(p).norm.equals("the") || s.toks.get(p).kind == Tok.Kind.ACTOR
                || s.toks.get(p).norm.equals("president") || s.toks.get(p).norm.equals("'s"))) {
            p--;
        }
        return p < 0 || s.toks.get(p).norm.equals(",") || s.toks.get(p).norm.equals("\"");
    }

    /** Without a publication date: the latest year the text names or implies (anchors), else null. */
    private static Integer referenceYear(String text) {
        // not targets, plans or year ranges ("by 2030", "Vision 2030", "2020–2030"): not the time of writing
        Integer written = DateResolver.latestWrittenYear(text);
        Integer anchored = CalendarWords.get().latestAnchor(text).map(LocalDate::getYear).orElse(null);
        if (written == null || anchored == null) {
            return written != null ? written : anchored;
        }
        return Math.max(written, anchored);
    }

    NormSentence previous(NormSentence s, int back) {
        int i = s.index - back;
        return i >= 0 && sents.get(i).paragraph == s.paragraph ? sents.get(i) : null;
    }
}
