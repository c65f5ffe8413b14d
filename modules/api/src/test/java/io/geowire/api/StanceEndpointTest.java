package io.geowire.api;

import static io.geowire.api.Replies.assertBadParameter;
import static io.geowire.api.Replies.assertJson;
import static io.geowire.api.Replies.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StanceEndpointTest {

    private static final InMemoryQueries QUERIES = new InMemoryQueries()
            .withStance(Samples.kazakhstanTowardsTurkey())
            .withStance(Samples.kazakhstanTowardsRussia());
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
    void shouldAnswerContractShapeWhenPairIsKnown() {
        assertJson(api.get("/api/stance?actor=KAZ&target=RUS"), 200, """
                {"actor":"KAZ","target":"RUS",
                 "all_time":{"score":-0.4,"count":5,"aligning":1,"distancing":3,"neutral":1},
                 "windows":[
                   {"start":"2022-03-01","end":"2022-04-01","score":-0.5,"count":2,"aligning":0,"distancing":2,"neutral":0},
                   {"start":"2022-06-01","end":"2022-07-01","score":0.25,"count":3,"aligning":1,"distancing":1,"neutral":1}],
                 "top_evidence":[
                   {"event_id":"ev-17",
                    "evidence":"The foreign ministry said it saw no grounds to recognise the two self-declared republics.",
                    "polarity":"distancing","date":"2022-03-14","sources":2,"articles":["a-01.txt","b-07.html"]}]}
                """);
    }

    @Test
    void shouldNormaliseCaseWhenIdsAreLowerCase() {
        RunningApi.Reply reply = api.get("/api/stance?actor=kaz&target=Rus");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("actor").asText()).isEqualTo("KAZ");
        assertThat(QUERIES.lastStanceCall()).isEqualTo(new InMemoryQueries.StanceCall("KAZ", "RUS", null, null));
    }

    @Test
    void shouldPassDateRangeWhenFromAndToGiven() {
        RunningApi.Reply reply = api.get("/api/stance?actor=KAZ&target=RUS&from=2022-05-15&to=2022-12-31");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(QUERIES.lastStanceCall()).isEqualTo(new InMemoryQueries.StanceCall("KAZ", "RUS",
                LocalDate.of(2022, 5, 15), LocalDate.of(2022, 12, 31)));
        assertThat(reply.json().get("windows")).hasSize(1);
        assertThat(reply.json().get("windows").get(0).get("start").asText()).isEqualTo("2022-06-01");
    }

    @Test
    void shouldAcceptEqualBoundsWhenFromEqualsTo() {
        assertThat(api.get("/api/stance?actor=KAZ&target=RUS&from=2022-03-10&to=2022-03-10").status()).isEqualTo(200);
    }

    @Test
    void shouldAnswer404WhenPairHasNoEvents() {
        assertNotFound(api.get("/api/stance?actor=KAZ&target=CHN"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/stance?target=RUS                                    | actor",
        "/api/stance?actor=&target=RUS                             | actor",
        "/api/stance?actor=KAZ                                     | target",
        "/api/stance?actor=KAZAKHSTANREPUBLIC&target=RUS           | actor",
        "/api/stance?actor=K&target=RUS                            | actor",
        "/api/stance?actor=K-Z&target=RUS                          | actor",
        "/api/stance?actor=KAZ&target=R%C3%9CS                     | target",
        "/api/stance?actor=KAZ&target=RUS&from=2022-13-01          | from",
        "/api/stance?actor=KAZ&target=RUS&from=yesterday           | from",
        "/api/stance?actor=KAZ&target=RUS&to=2022-02-30            | to",
        "/api/stance?actor=KAZ&target=RUS&to=2022-03               | to",
        "/api/stance?actor=KAZ&target=RUS&from=2022-06-02&to=2022-06-01 | from",
    })
    void shouldAnswer400NamingParameterWhenParameterIsBad(String path, String parameter) {
        assertBadParameter(api.get(path), parameter);
    }

    @Test
    void shouldListPairsWhenAsked() {
        assertJson(api.get("/api/stance/pairs"), 200, """
                [{"actor":"KAZ","target":"RUS","score":-0.4,"count":5},
                 {"actor":"KAZ","target":"TUR","score":1.0,"count":1}]
                """);
    }
}
