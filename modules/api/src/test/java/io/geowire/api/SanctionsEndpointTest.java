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

class SanctionsEndpointTest {

    private static final String KAZ = """
            {"actor":"KAZ","latest":"refuse_circumvent","positions":{"not_join":1,"refuse_circumvent":2},
             "statements":[{"event_id":"ev-50","speaker":"A deputy minister","position":"refuse_circumvent",
                            "regime":"USA,EU","date":"2022-04-01",
                            "quote":"The country will not become a back door for sanctioned goods, he said.",
                            "sources":2,"articles":["f-01.txt","f-02.txt"]}]}
            """;
    private static final InMemoryQueries QUERIES = new InMemoryQueries().withSanctions(Samples.kazakhstanLedger());
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
    void shouldAnswerLedgerInContractShapeWhenActorIsKnown() {
        assertJson(api.get("/api/sanctions/KAZ"), 200, KAZ);
    }

    @Test
    void shouldNormaliseCaseWhenActorIsLowerCase() {
        assertJson(api.get("/api/sanctions/kaz"), 200, KAZ);
        assertThat(QUERIES.lastSanctionsActor()).isEqualTo("KAZ");
    }

    @Test
    void shouldAnswer404WhenActorHasNoStatements() {
        assertNotFound(api.get("/api/sanctions/NATO"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"K", "KAZAKHSTANREPUBLIC", "K_Z", "K%C3%84Z", "K%20Z"})
    void shouldAnswer400WhenActorIsMalformed(String actor) {
        assertBadParameter(api.get("/api/sanctions/" + actor), "actor");
    }
}
