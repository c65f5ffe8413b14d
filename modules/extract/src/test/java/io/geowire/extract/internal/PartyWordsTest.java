package io.geowire.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.extract.ArticleInput;
import io.geowire.extract.learned.SentenceWords;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartyWordsTest {
    private static final Engine ENGINE = new Engine(new DataFiles(null), "test");

    private static SentenceWords words(String sentence) {
        List<SentenceView> views = ENGINE.sentences(new ArticleInput("s.txt", sentence, null));
        assertThat(views).hasSize(1);
        return views.get(0).words();
    }

    @Test
    void shouldReplaceNamedStatesWithAPlaceholderWhenMaskingASentence() {
        SentenceWords w = words("Armenia said on Monday it would not join the bloc led by Russia.");
        assertThat(w.text()).isEqualTo("Armenia said on Monday it would not join the bloc led by Russia.");
        assertThat(w.masked()).isEqualTo("Country said on Monday it would not join the bloc led by Country.");
    }

    @Test
    void shouldReadAPartyAsSpeakingWhenAStanceVerbFollowsItsName() {
        SentenceWords w = words("Hungary blocked the statement on Georgia.");
        assertThat(w.context()).contains("party_speaks", "opens_with_party").doesNotContain("demonyms_only");
    }

    @Test
    void shouldMarkDemonymsOnlyWhenNoPartyIsNamedOutright() {
        SentenceWords w = words("Exports of Russian oil fell by 5% last year.");
        assertThat(w.masked()).isEqualTo("Exports of National oil fell by 5% last year.");
        assertThat(w.context()).contains("demonyms_only").doesNotContain("party_speaks", "opens_with_party");
    }

    @Test
    void shouldCountThreeDistinctPartiesWhenTheSentenceNamesThem() {
        assertThat(words("Lithuania, Latvia and Estonia cut ties with Russia.").context()).contains("parties_3plus");
        assertThat(words("Lithuania cut ties with Russia.").context())
                .doesNotContain("parties_3plus").contains("party_after_relation");
    }
}
