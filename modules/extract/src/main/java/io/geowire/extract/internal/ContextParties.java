package io.geowire.extract.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * The party a stance sentence leaves to its context (settings.tsv {@code learned_stance_checks}: {@code
 * context_parties}). News rarely names both sides of a position in one sentence: a quote goes on in the first person
 * ("We do not have to choose."), a sentence names only who acts and leaves the other side to the story ("Washington
 * hailed the deal", "The Mongolian authorities did not act on the warrant"). Without this the stage's
 * {@code actor_named} and {@code target_named} checks drop such events and the encoder cascade does not even encode
 * the sentence. With it, a party that is not named in the sentence may still fill a role when:
 * <ul>
 * <li>actor: it is the sentence's first-person voice ({@link #voice}): the speaker of its quote, else, for running
 * text in the first person (interviews, transcripts, press releases), the article's focus state;</li>
 * <li>target: the sentence names no party but the actor (and the parties listed with it), and the target is one of
 * the article's two main states or (with {@code context_paragraph}) a party named in an earlier sentence of the
 * paragraph.</li>
 * </ul>
 * {@code encode_voice} (on by default) only has such sentences encoded ({@link #impliedSubject}): a first-person
 * sentence or one opened by a pronoun speaks for a party as much as one naming it, and may carry a route or sanction
 * event. {@code context_parties} is off by default: on train it adds about one right stance for two wrong ones (mostly a wrong target from the main
 * pair), on dev none right (docs/decisions.md, "Issue 11, parties from context (xcontext)").
 */
final class ContextParties {
    private ContextParties() {
    }

    /**
     * The state speaking in the first person in the sentence ("we", "our", "us"): the speaker of its quote; in a quote
     * whose speaker is unknown, nobody; outside quotes (an interview's answers, a transcript, a ministry's release),
     * the article's focus state. Null when the sentence has no first-person word.
     */
    static String voice(ArticleState st, NormSentence s) {
        if (!FieldRanker.firstPerson(s)) {
            return null;
        }
        Quotes.Quote q = st.quotes.at(s.start);
        return q != null ? q.actor() : st.focus;
    }

    /**
     * The actor is not named in the sentence but is its first-person voice or the state its opening pronoun stands
     * for ({@link Participants#openingPronounState}).
     */
    static boolean impliedActor(ArticleState st, Participants participants, NormSentence s, String actor) {
        return actor != null && (actor.equals(voice(st, s)) || actor.equals(participants.openingPronounState(s)));
    }

    /** Who acts in a sentence that names no party: its first-person voice, else the state its pronoun stands for. */
    static String impliedSubject(ArticleState st, Participants participants, NormSentence s) {
        String voice = voice(st, s);
        return voice != null ? voice : participants.openingPronounState(s);
    }

    /**
     * The target may stand implicit: the sentence names no party but the actor and those listed with it, and the
     * target is one of the article's two main states or, when {@code paragraph}, a party named in an earlier
     * sentence of the paragraph.
     */
    static boolean impliedTarget(ArticleState st, NormSentence s, String actor, String target, boolean paragraph) {
        if (actor == null || target == null || target.equals(actor)) {
            return false;
        }
        Set<String> others = named(st, s);
        others.removeAll(FieldRanker.coordinated(s, actor));
        if (!others.isEmpty()) {
            // a sentence naming another party speaks of it: a target taken from elsewhere is the ranker's mistake
            return false;
        }
        return target.equals(st.focus) || target.equals(st.secondary)
                || (paragraph && namedEarlierInParagraph(st, s, target));
    }

    /**
     * How many of a stance's two parties the sentence and its context can give, for the encoder cascade: {@code named}
     * (the parties the sentence names), one more for a first-person voice (or opening pronoun) it does not name, one
     * more for a target when one party is at hand and the context has another (a main state or, with {@code paragraph}, a party of an
     * earlier sentence of the paragraph).
     */
    static int parties(ArticleState st, Participants participants, NormSentence s, int named, boolean paragraph) {
        int n = named;
        String voice = impliedSubject(st, participants, s);
        if (n == 0 && voice != null) {
            n = 1;
        }
        if (n != 1) {
            return n;
        }
        Set<String> here = named(st, s);
        if (voice != null && !here.isEmpty() && !here.contains(voice)) {
            // "Russia is our strategic ally": the voice acts, the one party named is its target
            return n + 1;
        }
        if (voice != null) {
            here.add(voice);
        }
        Set<String> context = new HashSet<>();
        addIfSet(context, st.focus);
        addIfSet(context, st.secondary);
        if (paragraph) {
            context.addAll(earlierInParagraph(st, s));
        }
        context.removeAll(here);
        return context.isEmpty() ? n : n + 1;
    }

    /**
     * The ids the sentence names ({@link LearnedStage#namesParty}) and its quote's speaker: the set whose members
     * {@link LearnedStage#namedIn} tests one at a time.
     */
    static Set<String> named(ArticleState st, NormSentence s) {
        Set<String> ids = new HashSet<>();
        Quotes.Quote q = st.quotes.at(s.start);
        if (q != null && q.actor() != null) {
            ids.add(q.actor());
        }
        for (Tok t : s.toks) {
            if (LearnedStage.namesParty(t) && t.id != null) {
                ids.add(t.id);
            }
        }
        return ids;
    }

    private static boolean namedEarlierInParagraph(ArticleState st, NormSentence s, String party) {
        return earlierInParagraph(st, s).contains(party);
    }

    /** The states and organisations named in the sentences of the paragraph before {@code s}. */
    static Set<String> earlierInParagraph(ArticleState st, NormSentence s) {
        Set<String> ids = new HashSet<>();
        for (int back = 1; ; back++) {
            NormSentence p = st.previous(s, back);
            if (p == null) {
                return ids;
            }
            for (Tok t : p.toks) {
                if (t.kind == Tok.Kind.ACTOR || t.kind == Tok.Kind.AFFILIATION) {
                    ids.add(t.id);
                }
            }
        }
    }

    private static void addIfSet(Set<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
