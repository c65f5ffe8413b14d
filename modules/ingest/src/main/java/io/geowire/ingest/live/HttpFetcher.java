package io.geowire.ingest.live;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Fetches feeds and pages politely and cautiously: http(s) only; no private or loopback address unless the policy
 * allows them; robots.txt obeyed; one request per host per delay; connect and read timeouts; answers over the size
 * limit refused; redirects followed by hand, each hop checked like the first, and bounded. Shared by all feeds, so
 * the per-host delay holds across feeds on one host. Thread-safe.
 */
public final class HttpFetcher implements AutoCloseable {

    /** One answer. {@code notModified}: a conditional request found nothing new (304); {@code body} is then empty. */
    public record Response(URI uri, int status, byte[] body, String contentType, String etag, String lastModified) {
        public boolean notModified() {
            return status == 304;
        }
    }

    private record Robots(RobotsRules rules, long fetchedAtMillis) {
    }

    private final FetchPolicy policy;
    private final Clock clock;
    private final HttpClient client;
    private final ScheduledExecutorService watchdog;
    private final Map<String, Long> nextRequestNanos = new ConcurrentHashMap<>();
    private final Map<String, Robots> robots = new ConcurrentHashMap<>();

    public HttpFetcher(FetchPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "geowire-fetch-timeouts");
            t.setDaemon(true);
            return t;
        });
    }

    public FetchPolicy policy() {
        return policy;
    }

    /** GET with no conditions. */
    public Response get(URI uri) throws FetchException, InterruptedException {
        return get(uri, null, null);
    }

    /**
     * GET, conditional when {@code etag} or {@code lastModified} are given (a 304 then comes back as a response);
     * any other answer than 2xx or 304 is a {@link FetchException} naming the status.
     */
    public Response get(URI uri, String etag, String lastModified) throws FetchException, InterruptedException {
        return follow(uri, etag, lastModified, true);
    }

    private Response follow(URI start, String etag, String lastModified, boolean checkRobots)
            throws FetchException, InterruptedException {
        URI uri = start;
        Set<URI> visited = new HashSet<>();
        for (int hop = 0; ; hop++) {
            if (!visited.add(uri)) {
                throw new FetchException("redirect loop at " + uri);
            }
            checkAllowed(uri);
            if (checkRobots && !robotsFor(uri).allows(pathAndQuery(uri))) {
                throw new FetchException("disallowed by robots.txt: " + uri);
            }
            Response r = once(uri, etag, lastModified);
            if (r.status() < 300 || r.status() == 304) {
                return r;
            }
            if (r.status() >= 400 || r.status() == 300 || r.status() == 305) {
                throw new FetchException("HTTP " + r.status() + " from " + uri, r.status());
            }
            if (r.uri() == null) {
                throw new FetchException("HTTP " + r.status() + " without a Location from " + uri, r.status());
            }
            if (hop >= policy.maxRedirects()) {
                throw new FetchException("too many redirects (more than " + policy.maxRedirects() + ") from " + start);
            }
            uri = r.uri();
        }
    }

    /** One request; a redirect comes back with its resolved Location as {@code uri}. */
    private Response once(URI uri, String etag, String lastModified) throws FetchException, InterruptedException {
        awaitTurn(uri);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(policy.readTimeout())
                .header("User-Agent", policy.userAgent())
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, "
                        + "text/html;q=0.9, */*;q=0.5");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        long deadline = System.nanoTime() + policy.readTimeout().toNanos();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchException("timed out after " + policy.readTimeout().toMillis() + " ms waiting for " + uri);
        } catch (ConnectException e) {
            throw new FetchException("cannot connect to " + uri.getHost() + ":" + port(uri));
        } catch (IOException e) {
            throw new FetchException("failed to fetch " + uri + ": " + e);
        }
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse(null);
        if (status >= 300 && status < 400 && status != 304) {
            closeQuietly(response.body());
            return new Response(location == null ? null : uri.resolve(location.trim()), status, new byte[0], null,
                    null, null);
        }
        byte[] body = status == 304 ? new byte[0] : readBody(uri, response, deadline);
        return new Response(uri, status, body, response.headers().firstValue("Content-Type").orElse(null),
                response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
    }

    /** Reads at most the size limit, within what is left of the read timeout (a stalled body is cut off). */
    private byte[] readBody(URI uri, HttpResponse<InputStream> response, long deadlineNanos) throws FetchException {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        InputStream in = response.body();
        if (declared > policy.maxBytes()) {
            closeQuietly(in);
            throw new FetchException("answer of " + declared + " bytes is over the " + policy.maxBytes()
                    + " bytes limit: " + uri);
        }
        long left = Math.max(1, deadlineNanos - System.nanoTime());
        java.util.concurrent.atomic.AtomicBoolean timedOut = new java.util.concurrent.atomic.AtomicBoolean();
        ScheduledFuture<?> cut = watchdog.schedule(() -> {
            timedOut.set(true);
            closeQuietly(in);
        }, left, TimeUnit.NANOSECONDS);
        try (in) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes() + 1));
            if (body.length > policy.maxBytes()) {
                throw new FetchException("answer is over the " + policy.maxBytes() + " bytes limit: " + uri);
            }
            if (timedOut.get()) {
                throw new FetchException("timed out after " + policy.readTimeout().toMillis() + " ms reading " + uri);
            }
            return body;
        } catch (IOException e) {
            throw new FetchException(timedOut.get()
                    ? "timed out after " + policy.readTimeout().toMillis() + " ms reading " + uri
                    : "failed to read " + uri + ": " + e);
        } finally {
            cut.cancel(false);
        }
    }

    /** http(s) only, and no address inside the machine or the local network unless the policy allows it. */
    private void checkAllowed(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("only http and https are fetched, not " + uri);
        }
        if (uri.getHost() == null) {
            throw new FetchException("no host in " + uri);
        }
        if (policy.allowPrivate()) {
            return;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isPrivate(address)) {
                    throw new FetchException("refused: " + uri.getHost() + " is a private or loopback address ("
                            + address.getHostAddress() + "); allow with --allow-private-feeds");
                }
            }
        } catch (UnknownHostException e) {
            throw new FetchException("unknown host " + uri.getHost());
        }
    }

    static boolean isPrivate(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        boolean sharedV4 = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64; // 100.64.0.0/10
        return a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress() || uniqueLocalV6 || sharedV4;
    }

    /**
     * The host's robots.txt, fetched once per {@link FetchPolicy#robotsTtl()}: missing (4xx) allows everything;
     * unreachable or a server error (5xx) allows nothing for now, as RFC 9309 asks.
     */
    private RobotsRules robotsFor(URI uri) throws InterruptedException {
        String host = hostKey(uri);
        Robots cached = robots.get(host);
        long now = clock.millis();
        if (cached != null && now - cached.fetchedAtMillis() < policy.robotsTtl().toMillis()) {
            return cached.rules();
        }
        RobotsRules rules;
        try {
            Response r = follow(uri.resolve("/robots.txt"), null, null, false);
            rules = RobotsRules.parse(new String(r.body(), StandardCharsets.UTF_8), FetchPolicy.ROBOTS_TOKEN);
        } catch (FetchException e) {
            if (e.status() >= 400 && e.status() < 500) {
                rules = RobotsRules.ALLOW_ALL;
            } else {
                // unreachable or failing: nothing is fetched now, and robots.txt is asked again next time rather
                // than the host being shut out for a whole TTL by one timeout
                return RobotsRules.DISALLOW_ALL;
            }
        }
        robots.put(host, new Robots(rules, now));
        return rules;
    }

    /** Waits until this host may be asked again, then books the next turn. */
    private void awaitTurn(URI uri) throws InterruptedException {
        String host = hostKey(uri);
        long delay = policy.perHostDelay().toNanos();
        long wait;
        synchronized (nextRequestNanos) {
            long now = System.nanoTime();
            long next = nextRequestNanos.getOrDefault(host, now);
            long at = Math.max(now, next);
            nextRequestNanos.put(host, at + delay);
            wait = at - now;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static String hostKey(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port(uri);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more to read from it either way
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
    }
}
