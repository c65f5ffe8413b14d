package io.geowire.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A person speaks for the state their title's demonym names, whatever office people.tsv gives them now. */
class TitledPeopleTest {
    private static final Normalizer NORMALIZER = new Normalizer(new Lexicon(new DataFiles(null)));

    private static List<String> actorsOf(String text) {
        return NORMALIZER.normalize(text, 0, text.length(), 0).toks.stream()
                .filter(t -> t.kind == Tok.Kind.ACTOR && t.person != null).map(t -> t.id).toList();
    }

    @Test
    void shouldCreditTheTitlesStateWhenADemonymPrecedesTheTitle() {
        assertThat(actorsOf("Estonian Prime Minister Kaja Kallas said the monuments would go.")).containsExactly("EST");
        assertThat(actorsOf("Dutch Prime Minister Mark Rutte told parliament on Tuesday.")).containsExactly("NLD");
    }

    @Test
    void shouldKeepTheGazetteersOfficeWhenNoStateTitleNamesAnother() {
        assertThat(actorsOf("Kaja Kallas, the EU's foreign policy chief, said talks would go on.")).containsExactly("EU");
        assertThat(actorsOf("NATO Secretary General Mark Rutte said allies were united.")).containsExactly("NATO");
        assertThat(actorsOf("Russian President Vladimir Putin arrived in Astana.")).containsExactly("RUS");
    }

    @Test
    void shouldIgnoreADemonymThatIsNotPartOfTheTitleWhenWordsInBetweenAreLowerCase() {
        assertThat(actorsOf("Estonian officials met Kaja Kallas in Brussels.")).containsExactly("EU");
    }
}
