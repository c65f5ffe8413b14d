package io.geowire.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Assertions shared by the endpoint tests. */
final class Replies {

    private Replies() {
    }

    static void assertJson(RunningApi.Reply reply, int status, String expectedJson) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json()).isEqualTo(RunningApi.json(expectedJson));
    }

    static void assertBadParameter(RunningApi.Reply reply, String parameter) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode body = reply.json();
        assertThat(body.get("parameter").asText()).isEqualTo(parameter);
        assertThat(body.get("error").asText()).contains(parameter);
        assertThat(body.size()).isEqualTo(2);
    }

    static void assertNotFound(RunningApi.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().get("error").asText()).isNotBlank();
        assertThat(reply.json().size()).isEqualTo(1);
    }
}
