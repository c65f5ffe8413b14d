package io.geowire.testing.internal;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Names that collide neither between tests of a run nor between runs sharing an external cluster. */
final class UniqueNames {

    private static final int MAX_PREFIX = 100;

    private final String runId;
    private final AtomicLong counter = new AtomicLong();

    UniqueNames() {
        this(UUID.randomUUID().toString().substring(0, 8));
    }

    UniqueNames(String runId) {
        this.runId = runId;
    }

    String next(String prefix) {
        return sanitize(prefix) + "-" + runId + "-" + counter.incrementAndGet();
    }

    /** Topic names (the strictest user) allow only ASCII letters, digits, '.', '_' and '-'. */
    static String sanitize(String prefix) {
        String cleaned = (prefix == null ? "" : prefix).replaceAll("[^A-Za-z0-9._-]", "-");
        if (cleaned.isEmpty()) {
            cleaned = "test";
        }
        return cleaned.length() > MAX_PREFIX ? cleaned.substring(0, MAX_PREFIX) : cleaned;
    }
}
