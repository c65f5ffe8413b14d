package io.geowire.api;

import static io.geowire.api.Replies.assertJson;

import java.util.List;
import org.junit.jupiter.api.Test;

class InstancesEndpointTest {

    @Test
    void shouldListThisInstanceWithBoundPortWhenNoListingGiven() {
        try (RunningApi api = RunningApi.start(new InMemoryQueries())) {
            assertJson(api.get("/api/instances"), 200, """
                    [{"host":"127.0.0.1","port":%d,"self":true,"stores":[],"partitions":[]}]
                    """.formatted(api.server().port()));
        }
    }

    @Test
    void shouldAnswerCallersListingWhenGiven() {
        InstancesInfo two = () -> List.of(
                new InstanceInfo("10.0.0.1", 8080, true, List.of("stance-all-time"), List.of("events-0", "events-2")),
                new InstanceInfo("10.0.0.2", 8080, false, List.of("stance-all-time"), List.of("events-1")));
        try (RunningApi api = RunningApi.start(new InMemoryQueries(), ApiExtras.none().withInstances(two))) {
            assertJson(api.get("/api/instances"), 200, """
                    [{"host":"10.0.0.1","port":8080,"self":true,"stores":["stance-all-time"],
                      "partitions":["events-0","events-2"]},
                     {"host":"10.0.0.2","port":8080,"self":false,"stores":["stance-all-time"],
                      "partitions":["events-1"]}]
                    """);
        }
    }
}
