package io.geowire.ingest.live;

import java.time.Duration;

/**
 * How politely and how cautiously feeds and pages are fetched.
 *
 * @param userAgent     sent with every request; names geowire so site owners can recognise and address it
 * @param connectTimeout longest wait for a connection
 * @param readTimeout   longest wait for a whole answer, from request to last byte
 * @param maxBytes      largest answer read; a larger one is refused
 * @param maxRedirects  redirects followed per request
 * @param perHostDelay  least time between two requests to the same host
 * @param allowPrivate  whether loopback, private and link-local addresses may be fetched (tests, intranets)
 * @param robotsTtl     how long a host's robots.txt is trusted before it is fetched again
 */
public record FetchPolicy(String userAgent, Duration connectTimeout, Duration readTimeout, long maxBytes,
        int maxRedirects, Duration perHostDelay, boolean allowPrivate, Duration robotsTtl) {

    /** The product token robots.txt groups are matched against. */
    public static final String ROBOTS_TOKEN = "geowire";

    public static FetchPolicy defaults() {
        return new FetchPolicy("geowire/1.0 (news event pipeline; +https://github.com/geowire)",
                Duration.ofSeconds(10), Duration.ofSeconds(30),
                // a news page is rarely over 1 MB of HTML; 5 MB leaves room without inviting abuse
                5L << 20, 5,
                // one request a second per host is the common courtesy of crawlers
                Duration.ofSeconds(1), false, Duration.ofHours(1));
    }

    public FetchPolicy withAllowPrivate(boolean allow) {
        return new FetchPolicy(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, perHostDelay, allow,
                robotsTtl);
    }

    public FetchPolicy withReadTimeout(Duration timeout) {
        return new FetchPolicy(userAgent, connectTimeout, timeout, maxBytes, maxRedirects, perHostDelay,
                allowPrivate, robotsTtl);
    }

    public FetchPolicy withMaxBytes(long bytes) {
        return new FetchPolicy(userAgent, connectTimeout, readTimeout, bytes, maxRedirects, perHostDelay,
                allowPrivate, robotsTtl);
    }

    public FetchPolicy withPerHostDelay(Duration delay) {
        return new FetchPolicy(userAgent, connectTimeout, readTimeout, maxBytes, maxRedirects, delay, allowPrivate,
                robotsTtl);
    }
}
