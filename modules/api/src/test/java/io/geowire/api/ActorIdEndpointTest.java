package io.geowire.api;

import static io.geowire.api.Replies.assertBadParameter;
import static io.geowire.api.Replies.assertNotFound;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Organisation ids longer than alpha-3 codes (BRICS) are valid ids: unknown ones are 404, never 400. */
class ActorIdEndpointTest {

    private static RunningApi api;

    @BeforeAll
    static void start() {
        api = RunningApi.start(new InMemoryQueries());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void shouldAcceptFiveLetterActorWhenAskingForSanctions() {
        assertNotFound(api.get("/api/sanctions/BRICS"));
        assertNotFound(api.get("/api/sanctions/brics"));
    }

    @Test
    void shouldAcceptFiveLetterTargetWhenAskingForStance() {
        assertNotFound(api.get("/api/stance?actor=KAZ&target=BRICS"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/sanctions/ABCDEFGHIJKLMNOPQ                 | actor",
        "/api/sanctions/BR%C4%B0CS                        | actor",
        "/api/stance?actor=KAZ&target=ABCDEFGHIJKLMNOPQ   | target",
        "/api/stance?actor=KAZ&target=BR%C4%B1CS          | target"})
    void shouldAnswer400WhenActorIsOverLongOrNotAscii(String path, String parameter) {
        assertBadParameter(api.get(path), parameter);
    }
}
