package io.geowire.api;

import static io.geowire.api.Replies.assertBadParameter;
import static io.geowire.api.Replies.assertJson;
import static io.geowire.api.Replies.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutesEndpointTest {

    private static final String CPC = """
            {"route":"CPC","name":"Caspian Pipeline Consortium","status":"disrupted","since":"2022-03-22",
             "days_disrupted":31,
             "incidents":[{"event_id":"ev-31","date":"2022-03-22","status":"disrupted","cause":"weather",
                           "magnitude":"two of three moorings","sources":3,
                           "articles":["c-02.txt","c-03.txt","d-11.jsonl"]}]}
            """;
    private static final String KTI_RAIL = """
            {"route":"KTI_RAIL","name":"Kazakhstan-Turkmenistan-Iran railway","status":"operational","since":null,
             "days_disrupted":0,
             "incidents":[{"event_id":"ev-40","date":"2022-04-02","status":"alternative","cause":null,
                           "magnitude":null,"sources":1,"articles":["e-01.txt"]}]}
            """;
    private static final InMemoryQueries QUERIES = new InMemoryQueries()
            .withRoute(Samples.cpc())
            .withRoute(Samples.ktiRail());
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
    void shouldListRoutesInContractShapeWhenAsked() {
        assertJson(api.get("/api/routes"), 200, "[" + CPC + "," + KTI_RAIL + "]");
    }

    @Test
    void shouldAnswerOneRouteWhenIdIsKnown() {
        assertJson(api.get("/api/routes/CPC"), 200, CPC);
    }

    @Test
    void shouldNormaliseCaseWhenIdIsLowerCase() {
        assertJson(api.get("/api/routes/kti_rail"), 200, KTI_RAIL);
        assertThat(QUERIES.lastRouteId()).isEqualTo("KTI_RAIL");
    }

    @Test
    void shouldAnswer404WhenRouteIsUnknown() {
        assertNotFound(api.get("/api/routes/DRUZHBA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C-P", "CPC%20LINE", "A23456789012345678901234567890123", "%C3%84"})
    void shouldAnswer400WhenRouteIdIsMalformed(String id) {
        assertBadParameter(api.get("/api/routes/" + id), "id");
    }

    @Test
    void shouldAcceptLongestIdWhenIdHas32Characters() {
        assertNotFound(api.get("/api/routes/A2345678901234567890123456789012"));
    }
}
