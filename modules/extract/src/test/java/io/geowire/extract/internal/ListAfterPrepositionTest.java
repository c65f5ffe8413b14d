package io.geowire.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranker's "after a preposition" feature covers every party of a list the preposition opens (xstance2). */
class ListAfterPrepositionTest {

    private static final Normalizer NORMALIZER = new Normalizer(new Lexicon(new DataFiles(null)));

    private static List<Boolean> partiesAfterPreposition(String text) {
        NormSentence s = NORMALIZER.normalize(text, 0, text.length(), 0);
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.toks.get(i).kind == Tok.Kind.ACTOR) {
                out.add(FieldRanker.listAfterPreposition(s, i));
            }
        }
        return out;
    }

    @Test
    void shouldPutEveryListedPartyAfterThePrepositionWhenTheListFollowsWith() {
        assertThat(partiesAfterPreposition("Memoranda on gas were signed with Bulgaria, Serbia and Slovakia."))
                .containsExactly(true, true, true);
    }

    @Test
    void shouldLeaveAListThatOpensTheSentenceAsSubjects() {
        assertThat(partiesAfterPreposition("Bulgaria, Serbia and Slovakia signed memoranda with Azerbaijan."))
                .containsExactly(false, false, false, true);
    }
}
