package io.geowire.api;

import static io.geowire.api.Replies.assertBadParameter;
import static io.geowire.api.Replies.assertJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.streams.query.EventQuery;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventsEndpointTest {

    private static final String ROUTE_EVENT = """
            {"id":"ev-31","type":"route_disruption","date":"2022-03-22","hedged":true,"confidence":0.6,
             "evidence":"Loadings reportedly stopped after a storm damaged moorings.",
             "fields":{"route":"CPC","status":"disrupted","cause":"weather","magnitude":"two of three moorings"},
             "sources":3,"articles":["c-02.txt","c-03.txt","d-11.jsonl"],"outlets":["Outlet Three"]}
            """;
    private static final String STANCE_EVENT = """
            {"id":"ev-17","type":"stance","date":"2022-03-14","hedged":false,"confidence":0.8,
             "evidence":"The foreign ministry said it saw no grounds to recognise the two self-declared republics.",
             "fields":{"actor":"KAZ","target":"RUS","polarity":"distancing","topic":"non-recognition"},
             "sources":2,"articles":["a-01.txt","b-07.html"],"outlets":["Outlet One","Outlet Two"]}
            """;
    private static final InMemoryQueries QUERIES = new InMemoryQueries()
            .withEvent(Samples.stanceEvent())
            .withEvent(Samples.routeEvent());
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
    void shouldAnswerEventsInContractShapeWhenNoFilterGiven() {
        assertJson(api.get("/api/events"), 200, "[" + ROUTE_EVENT + "," + STANCE_EVENT + "]");
        assertThat(QUERIES.lastEventQuery()).isEqualTo(new EventQuery(null, null, null, 100));
    }

    @Test
    void shouldPassNormalisedFiltersWhenAllGiven() {
        assertJson(api.get("/api/events?type=STANCE&actor=kaz&since=2022-03-01&limit=1000"), 200,
                "[" + STANCE_EVENT + "]");
        assertThat(QUERIES.lastEventQuery())
                .isEqualTo(new EventQuery("stance", "KAZ", LocalDate.of(2022, 3, 1), 1000));
    }

    @Test
    void shouldTreatBlankParametersAsAbsentWhenFormSendsThem() {
        assertThat(api.get("/api/events?type=&actor=&since=&limit=").status()).isEqualTo(200);
        assertThat(QUERIES.lastEventQuery()).isEqualTo(new EventQuery(null, null, null, 100));
    }

    @Test
    void shouldKeepOnlyConfidentEventsWhenMinConfidenceGiven() {
        assertJson(api.get("/api/events?minConfidence=0.7"), 200, "[" + STANCE_EVENT + "]");
        assertThat(QUERIES.lastEventQuery()).isEqualTo(new EventQuery(null, null, null, 100, 0.7));
    }

    @Test
    void shouldKeepEventAtExactlyMinConfidenceWhenFiltering() {
        assertJson(api.get("/api/events?minConfidence=0.6"), 200, "[" + ROUTE_EVENT + "," + STANCE_EVENT + "]");
    }

    @Test
    void shouldReturnAtMostLimitWhenLimitGiven() {
        RunningApi.Reply reply = api.get("/api/events?limit=1");

        assertJson(reply, 200, "[" + ROUTE_EVENT + "]");
        assertThat(QUERIES.lastEventQuery().limit()).isEqualTo(1);
    }

    @Test
    void shouldHoldToLimitWhenQueriesReturnMore() {
        QUERIES.ignoreLimit(true);
        try {
            assertJson(api.get("/api/events?limit=1"), 200, "[" + ROUTE_EVENT + "]");
        } finally {
            QUERIES.ignoreLimit(false);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/events?type=war              | type",
        "/api/events?type=stances          | type",
        "/api/events?actor=RUSSIANFEDERATION | actor",
        "/api/events?since=2022/03/01      | since",
        "/api/events?since=2022-02-29      | since",
        "/api/events?limit=0               | limit",
        "/api/events?limit=1001            | limit",
        "/api/events?limit=-5              | limit",
        "/api/events?limit=ten             | limit",
        "/api/events?limit=99999999999     | limit",
        "/api/events?minConfidence=1.5     | minConfidence",
        "/api/events?minConfidence=-0.1    | minConfidence",
        "/api/events?minConfidence=high    | minConfidence",
        "/api/events?minConfidence=NaN     | minConfidence",
    })
    void shouldAnswer400NamingParameterWhenParameterIsBad(String path, String parameter) {
        assertBadParameter(api.get(path), parameter);
    }
}
