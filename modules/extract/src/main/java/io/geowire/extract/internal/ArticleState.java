package io.geowire.extract.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
    final Quotes quotes;

    ArticleState(String article, String text, LocalDate published, List<NormSentence> sents, Lexicon lex, Cues cues,
                 DateResolver resolver, List<Anchor> anchors) {
        this.article = article;
        this.text = text;
        this.sents = sents;
        String[] top = topStates(sents, lex);
        this.focus = top[0];
        this.secondary = top[1];
        LocalDate pub = published != null ? published : resolver.bylineDate(text);
        this.dates = new DateResolver.Context(pub, pub != null ? Integer.valueOf(pub.getYear()) : referenceYear(text, sents, anchors));
        this.quotes = new Quotes(text, sents, cues, resolver, dates);
    }

    /** A phrase that dates the text: an article mentioning it was written in that year or later. */
    record Anchor(int year, Pattern pattern) {
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
    private static Integer referenceYear(String text, List<NormSentence> sents, List<Anchor> anchors) {
        // not targets, plans or year ranges ("by 2030", "Vision 2030", "2020–2030"): not the time of writing
        Integer best = DateResolver.latestWrittenYear(text);
        for (Anchor a : anchors) {
            if (best != null && a.year() <= best) {
                continue;
            }
            for (NormSentence s : sents) {
                if (a.pattern().matcher(s.text).find()) {
                    best = best == null ? a.year() : Math.max(best, a.year());
                    break;
                }
            }
        }
        return best;
    }

    NormSentence previous(NormSentence s, int back) {
        int i = s.index - back;
        return i >= 0 && sents.get(i).paragraph == s.paragraph ? sents.get(i) : null;
    }
}
