package io.geowire.api.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.geowire.api.ApiSecurity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks another instance's local-only endpoints ({@link LocalQueryResource}; paths from {@link QueryRoute}) over
 * HTTP. Every call has a timeout: a slow or dead instance must not hold a request longer than its standby
 * fallback takes. Instances share one {@link ApiSecurity}: a peer is asked with the same token, and over HTTPS
 * trusting the certificate of the shared keystore (which must name every instance's advertised host).
 */
public final class PeerClient {

    private final HttpClient http;
    private final ObjectMapper mapper = JsonMapping.mapper();
    private final Duration timeout;
    private final ApiSecurity security;

    public PeerClient(Duration timeout) {
        this(timeout, ApiSecurity.none());
    }

    public PeerClient(Duration timeout, ApiSecurity security) {
        this.timeout = timeout;
        this.security = security;
        // HTTP/1.1: no h2c upgrade round trip on every new connection to Jetty
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout);
        if (security.https()) {
            builder.sslContext(trusting(security));
        }
        this.http = builder.build();
    }

    public Duration timeout() {
        return timeout;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * The parsed body (200), empty for a 404 the peer marked as a miss (no such key there); fails for anything
     * else, including an unmarked 404, which means the peer does not serve this route at all.
     */
    public <T> CompletableFuture<Optional<T>> get(HostInfo host, String pathAndQuery, JavaType type) {
        URI uri = URI.create(security.scheme() + "://" + host.host() + ":" + host.port() + pathAndQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET();
        if (security.requiresToken()) {
            request.header("Authorization", "Bearer " + security.bearerToken());
        }
        return send(uri, request.build(), type);
    }

    private <T> CompletableFuture<Optional<T>> send(URI uri, HttpRequest request, JavaType type) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            if (isMiss(response)) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            try {
                return Optional.of(mapper.readValue(response.body(), type));
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable answer from " + uri, e);
            }
        });
    }

    // the peers present the certificate of the keystore this instance serves from
    private static SSLContext trusting(ApiSecurity security) {
        try {
            // PKCS12 or JKS, whichever the file is
            KeyStore store = KeyStore.getInstance(security.keystore().toFile(), security.keystorePassword().toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API keystore " + security.keystore(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot use the API keystore " + security.keystore() + ": "
                    + e.getMessage(), e);
        }
    }

    private static boolean isMiss(HttpResponse<?> response) {
        return response.statusCode() == 404 && response.headers()
                .firstValue(QueryRoute.LOCAL_HEADER)
                .filter(QueryRoute.MISS::equalsIgnoreCase)
                .isPresent();
    }
}
