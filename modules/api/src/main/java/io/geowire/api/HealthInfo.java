package io.geowire.api;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What {@code GET /health} reports; supplied by whoever runs the pipeline, asked on every request so it
 * can reflect the Kafka Streams state as it changes.
 */
public interface HealthInfo {

    String UP = "UP";
    String STARTING = "STARTING";
    String DOWN = "DOWN";

    /** {@value #UP} when queries can be answered; anything else (e.g. {@value #STARTING}) answers 503. */
    String status();

    /** The Kafka bootstrap address, {@code host:port}. */
    String bootstrap();

    /**
     * Further fields for the response, e.g. {@code instance}, {@code stream_state}; keys are used verbatim
     * and cannot replace {@code status} or {@code bootstrap}.
     */
    default Map<String, Object> details() {
        return Map.of();
    }

    static HealthInfo of(Supplier<String> status, String bootstrap) {
        return of(status, bootstrap, Map::of);
    }

    static HealthInfo of(Supplier<String> status, String bootstrap, Supplier<Map<String, Object>> details) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(bootstrap, "bootstrap");
        Objects.requireNonNull(details, "details");
        return new HealthInfo() {
            @Override
            public String status() {
                return status.get();
            }

            @Override
            public String bootstrap() {
                return bootstrap;
            }

            @Override
            public Map<String, Object> details() {
                return details.get();
            }
        };
    }
}
