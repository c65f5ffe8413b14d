package io.geowire.api;

import static io.geowire.api.Replies.assertBadParameter;
import static io.geowire.api.Replies.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticlesEndpointTest {

    private static final InMemoryQueries QUERIES = DashboardSamples.fill(new InMemoryQueries());
    private static RunningApi api;

    @BeforeAll
    static void start() {
        api = RunningApi.start(QUERIES);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void shouldAnswerArticleWithTextAndEvidenceOffsetsWhenKnown() {
        RunningApi.Reply reply = api.get("/api/articles/" + DashboardSamples.ARTICLE_NON_RECOGNITION);

        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(fieldNames(body)).containsExactly("id", "article", "title", "author", "published",
                "published_estimated", "source", "url", "language", "text", "events");
        assertThat(body.get("author").isNull()).isTrue();
        JsonNode event = body.get("events").get(0);
        assertThat(fieldNames(event)).containsExactly("id", "type", "evidence", "evidence_start", "evidence_end",
                "summary");
        String text = body.get("text").asText();
        assertThat(text.substring(event.get("evidence_start").asInt(), event.get("evidence_end").asInt()))
                .isEqualTo(DashboardSamples.EVIDENCE_NON_RECOGNITION);
    }

    @Test
    void shouldKeepCaseOfArticleIdWhenAsking() {
        assertNotFound(api.get("/api/articles/WIRE-0314.TXT"));
        assertThat(QUERIES.lastArticleId()).isEqualTo("WIRE-0314.TXT");
    }

    @Test
    void shouldAcceptJsonLinesIdWhenItHasLineSuffix() {
        assertNotFound(api.get("/api/articles/feed.jsonl:12"));
        assertThat(QUERIES.lastArticleId()).isEqualTo("feed.jsonl:12");
    }

    @Test
    void shouldAnswer404WhenArticleIsUnknown() {
        assertNotFound(api.get("/api/articles/nothing.txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a%20b.txt", "%3Cscript%3E", "a%5Cb"})
    void shouldAnswer400WhenArticleIdIsMalformed(String id) {
        assertBadParameter(api.get("/api/articles/" + id), "id");
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
