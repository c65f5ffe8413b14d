package io.geowire.api;

import static io.geowire.api.Replies.assertJson;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SummaryEndpointTest {

    private static RunningApi api;

    @BeforeAll
    static void start() {
        api = RunningApi.start(new InMemoryQueries().withSummary(Samples.summary()));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void shouldAnswerPipelineSummaryInSnakeCaseWhenAsked() {
        assertJson(api.get("/api/summary"), 200, """
                {"articles":21,
                 "events":{"stance":12,"route_disruption":4,"sanction_statement":3},
                 "corroborated":{"stance":9,"route_disruption":2,"sanction_statement":3},
                 "dead_letters":2,"duplicates":1}
                """);
    }
}
