package io.geowire.streams;

import static io.geowire.streams.support.Samples.article;
import static io.geowire.streams.support.Samples.route;
import static io.geowire.streams.support.Samples.sanction;
import static io.geowire.streams.support.Samples.stance;
import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.model.avro.Article;
import io.geowire.model.avro.Event;
import io.geowire.model.avro.RouteDisruptionEvent;
import io.geowire.model.avro.StanceEvent;
import org.junit.jupiter.api.Test;

class InputValidationTest {

    @Test
    void shouldAcceptEventsWhenEveryFieldIsInTheVocabulary() {
        assertThat(InputValidation.event(stance("e1", "a1", "KAZ", "RUS", "distancing", "2023-03-01", "Text."))).isNull();
        assertThat(InputValidation.event(route("e2", "a1", "CPC", "disrupted", null, null, "2023-03", "Text.")))
                .isNull();
        assertThat(InputValidation.event(sanction("e3", "a1", "KAZ", null, "comply", null, null, "Text."))).isNull();
        assertThat(InputValidation.article(article("a1", "2023-03-01"))).isNull();
    }

    @Test
    void shouldNameTheFieldWhenAValueIsOutOfRange() {
        assertThat(InputValidation.event(stance("e1", "a1", "KAZ", "RUS", "sideways", null, "Text.")))
                .contains("polarity 'sideways'");
        assertThat(InputValidation.event(route("e2", "a1", "CPC", "exploded", null, null, null, "Text.")))
                .contains("status 'exploded'");
        assertThat(InputValidation.event(route("e2", "a1", "CPC", "disrupted", "gremlins", null, null, "Text.")))
                .contains("cause 'gremlins'");
        assertThat(InputValidation.event(sanction("e3", "a1", "KAZ", null, "maybe", null, null, "Text.")))
                .contains("position 'maybe'");
        assertThat(InputValidation.event(stance("e1", "a1", "KAZ", "RUS", "aligning", "March 2023", "Text.")))
                .contains("malformed date");
    }

    @Test
    void shouldRejectWhenTypeDoesNotMatchPayloadOrOffsetsAreNegative() {
        Event mistyped = stance("e1", "a1", "KAZ", "RUS", "aligning", null, "Text.");
        mistyped.setType("weather");
        Event negative = route("e2", "a1", "CPC", "disrupted", null, null, null, "Text.");
        ((RouteDisruptionEvent) negative.getPayload()).setEvidenceStart(-3);
        Event unsure = stance("e4", "a1", "KAZ", "RUS", "aligning", null, "Text.");
        ((StanceEvent) unsure.getPayload()).setConfidence(1.5);

        assertThat(InputValidation.event(mistyped)).contains("does not match");
        assertThat(InputValidation.event(negative)).contains("evidence offsets out of range");
        assertThat(InputValidation.event(unsure)).contains("confidence out of range");
    }

    @Test
    void shouldRejectArticleWhenEventCountIsNegative() {
        Article a = article("a1", "2023-03-01");
        a.setEventCount(-1);

        assertThat(InputValidation.article(a)).contains("negative event_count");
    }
}
