package io.geowire.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rules.tsv a user extends is checked when loaded: a typo fails loudly instead of switching a rule off. */
class RuleFileValidationTest {

    @TempDir
    Path data;

    @Test
    void shouldFailNamingTheRuleWhenAnOptionIsMisspelt() throws IOException {
        rules("x-visit\tstance\taligning\tobj\tflip\tsameclose\tvisit\tvisited\tvisit");

        assertThatThrownBy(() -> EventExtractor.create(data))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x-visit").hasMessageContaining("unknown option 'sameclose'");
    }

    @Test
    void shouldFailWhenAnOptionHasAValueItCannotTake() throws IOException {
        rules("x-cut\troute_disruption\tdisrupted\t-\tdrop\tcause=sabotage\tcut\tcut\t");

        assertThatThrownBy(() -> EventExtractor.create(data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cause=sabotage");
    }

    @Test
    void shouldFailWhenTheValueDoesNotBelongToTheType() throws IOException {
        rules("x-odd\tsanction_statement\taligning\t-\tkeep\t-\tsanction\tsanctions\t");

        assertThatThrownBy(() -> EventExtractor.create(data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'aligning' is not a position");
    }

    @Test
    void shouldFailWhenTheNegationModeIsUnknown() throws IOException {
        rules("x-neg\tstance\taligning\tobj\tinvert\t-\tvisit\tvisited\t");

        assertThatThrownBy(() -> EventExtractor.create(data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown negation 'invert'");
    }

    @Test
    void shouldApplyAWellFormedRuleWhenTheOptionsAreKnown() throws IOException {
        rules("x-sail\troute_disruption\tdisrupted\t-\tdrop\tcause=weather,certain\tbecalm\tbecalmed\t");
        EventExtractor extractor = EventExtractor.create(data);

        var events = extractor.extract(new ArticleInput("a.txt",
                "Tankers at the CPC terminal were becalmed for three days.", LocalDate.of(2023, 3, 1)));

        assertThat(events).anySatisfy(e -> {
            assertThat(e.route()).isEqualTo("CPC");
            assertThat(e.cause()).isEqualTo("weather");
        });
    }

    private void rules(String line) throws IOException {
        Files.writeString(data.resolve("rules.tsv"), line + "\n", StandardCharsets.UTF_8);
    }
}
