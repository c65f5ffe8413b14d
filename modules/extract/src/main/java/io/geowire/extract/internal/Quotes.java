package io.geowire.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quoted passages and who said them. The speaker is found after the closing quote (", Tokayev said") or before the
 * opening one ("Tokayev stressed that “..."), in the sentence that holds that quote mark; people are preferred to
 * states. A quote may span several sentences of one paragraph.
 */
final class Quotes {
    /** A quote span in article offsets, its speaker's actor id and name (either may be null), and a date. */
    record Quote(int start, int end, String actor, String speaker, String date) {
    }

    private static final Pattern QUOTE = Pattern.compile("[\u201c\"]([^\u201d\"\\n]{12,}?)[\u201d\"]");

    private final List<Quote> quotes = new ArrayList<>();

    Quotes(String text, List<NormSentence> sents, Cues cues, DateResolver dates, DateResolver.Context ctx) {
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            NormSentence open = sentenceAt(sents, m.start());
            NormSentence close = sentenceAt(sents, m.end() - 1);
            if (open == null || close == null) {
                continue;
            }
            Tok speaker = after(close, m.end(), cues);
            NormSentence attribution = close;
            if (speaker == null) {
                speaker = before(open, m.start(), cues);
                attribution = open;
            }
            if (speaker == null && pronounSpeaks(close, m.end(), cues)) {
                // "“Serbia is a friend of Ukraine,” he said": the person the pronoun stands for speaks
                speaker = lastPersonBefore(sents, open, m.start());
                attribution = close;
            }
            String date = null;
            for (DateResolver.Mention d : dates.find(text, attribution.start, attribution.end, ctx)) {
                if (!d.bound() && d.value() != null && (d.start() >= m.end() || d.end() <= m.start())) {
                    date = d.value();
                    break;
                }
            }
            quotes.add(new Quote(m.start(), m.end(), speaker == null ? null : speaker.id,
                    speaker == null ? null : speaker.person, date));
        }
    }

    Quote at(int offset) {
        for (Quote q : quotes) {
            if (offset >= q.start() && offset < q.end()) {
                return q;
            }
        }
        return null;
    }

    private static NormSentence sentenceAt(List<NormSentence> sents, int offset) {
        for (NormSentence s : sents) {
            if (offset >= s.start && offset < s.end) {
                return s;
            }
        }
        return null;
    }

    /** ", Tokayev said" / "” Suleimenov pointed out on March 29" / "”, said the minister". */
    private static Tok after(NormSentence s, int quoteEnd, Cues cues) {
        int i = 0;
        while (i < s.size() && s.toks.get(i).start < quoteEnd) {
            i++;
        }
        int limit = Math.min(s.size(), i + 8);
        Tok actor = null;
        boolean speech = false;
        for (int k = i; k < limit; k++) {
            Tok t = s.toks.get(k);
            if (t.kind == Tok.Kind.ACTOR && (actor == null || (actor.person == null && t.person != null))) {
                actor = t;
            }
            speech |= cues.isWord("speech", t.norm) || (t.norm.equals("pointed") && k + 1 < limit);
        }
        return speech ? actor : null;
    }

    /** How many sentences before a quote its "he said" may reach back for the person it stands for. */
    private static final int PRONOUN_REACH = 3;

    /** "”, he said" / "” she told reporters": a subject pronoun and a speech verb right after the closing quote. */
    private static boolean pronounSpeaks(NormSentence s, int quoteEnd, Cues cues) {
        int i = 0;
        while (i < s.size() && s.toks.get(i).start < quoteEnd) {
            i++;
        }
        boolean pronoun = false;
        for (int k = i; k < Math.min(s.size(), i + 4); k++) {
            String w = s.toks.get(k).norm;
            if (w.equals("he") || w.equals("she")) {
                pronoun = true;
            } else if (pronoun && cues.isWord("speech", w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person named last before the quote, in its opening sentence or the {@link #PRONOUN_REACH} sentences before
     * it: "Vucic travelled to Odesa on Wednesday. “Serbia is a friend of Ukraine,” he said." Null when none is.
     */
    private static Tok lastPersonBefore(List<NormSentence> sents, NormSentence open, int quoteStart) {
        int at = sents.indexOf(open);
        for (int si = at; si >= 0 && si >= at - PRONOUN_REACH; si--) {
            NormSentence s = sents.get(si);
            for (int k = s.size() - 1; k >= 0; k--) {
                Tok t = s.toks.get(k);
                if (t.start < quoteStart && t.kind == Tok.Kind.ACTOR && t.person != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /** "Tokayev stressed that “..." : the nearest person (else actor) before a speech verb before the quote. */
    private static Tok before(NormSentence s, int quoteStart, Cues cues) {
        int q = 0;
        while (q < s.size() && s.toks.get(q).end <= quoteStart) {
            q++;
        }
        int speechAt = -1;
        for (int k = q - 1; k >= Math.max(0, q - 10); k--) {
            if (cues.isWord("speech", s.toks.get(k).norm)) {
                speechAt = k;
                break;
            }
        }
        if (speechAt < 0) {
            return null;
        }
        Tok state = null;
        for (int k = speechAt - 1; k >= 0; k--) {
            Tok t = s.toks.get(k);
            if (t.kind == Tok.Kind.ACTOR) {
                if (t.person != null) {
                    return t;
                }
                if (state == null && k >= speechAt - 3) {
                    state = t;
                }
            }
        }
        return state;
    }
}
