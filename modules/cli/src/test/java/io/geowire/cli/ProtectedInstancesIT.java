package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.geowire.api.ApiSecurity;
import io.geowire.producer.ProduceSummary;
import io.geowire.testing.Certificates;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances behind one token and one keystore: each answers for all keys, so the answers that need the other
 * instance's partitions prove that instance-to-instance calls carry the token over HTTPS.
 */
@KafkaIT
class ProtectedInstancesIT {

    private static final String TOKEN = "shared-token-of-both-instances-0123";

    private final List<LocalPipeline> pipelines = new ArrayList<>();

    @AfterEach
    void stop() {
        pipelines.forEach(LocalPipeline::close);
    }

    @Test
    void shouldAnswerForAllKeysWhenInstancesAskEachOtherWithToken(TestKafka kafka, @TempDir Path dir)
            throws Exception {
        Certificates certificates = Certificates.create(dir);
        ApiSecurity security = ApiSecurity.none().withBearerToken(TOKEN)
                .withKeystore(certificates.keystore(), certificates.password());
        String prefix = kafka.uniqueName("protected") + ".";
        String app = kafka.uniqueName("protected-app");
        LocalPipeline first = start(kafka, prefix, app, security);
        LocalPipeline second = start(kafka, prefix, app, security);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .sslContext(trusting(certificates)).build();
        ProduceSummary produced = CorpusRun.produce(first.clients(), first.topics(),
                List.of(SampleCorpus.extract().toString()), kafka.uniqueName("tx"));
        assertThat(produced.articles()).isEqualTo(4);

        // four articles can be queryable before all their events are: wait for every event on both instances, and
        // for the corroboration that follows them, before comparing the answers
        JsonNode fromFirst = awaitSettled(http, first, produced);
        JsonNode fromSecond = awaitSettled(http, second, produced);

        assertThat(fromFirst).isEqualTo(fromSecond);
        assertThat(first.apiUrl()).startsWith("https://");
        // one instance at least holds fewer articles than it answered: its full count needed the other's stores,
        // asked over HTTPS with the token
        assertThat(Math.min(localArticles(http, first), localArticles(http, second))).isLessThan(4);
        assertThat(get(http, first, "/api/summary", null).statusCode()).isEqualTo(401);
        assertThat(get(http, second, "/internal/local/summary", "wrong-token-of-the-right-length").statusCode())
                .isEqualTo(401);
    }

    private static long localArticles(HttpClient http, LocalPipeline p) throws Exception {
        HttpResponse<String> reply = get(http, p, "/internal/local/summary", TOKEN);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return Json.mapper().readTree(reply.body()).get("articles").asLong();
    }

    /** The summary once it counts every produced article and event and is the same on two reads in a row. */
    private JsonNode awaitSettled(HttpClient http, LocalPipeline p, ProduceSummary produced) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JsonNode previous = null;
        JsonNode summary = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> reply = get(http, p, "/api/summary", TOKEN);
            if (reply.statusCode() == 200) {
                summary = Json.mapper().readTree(reply.body());
                if (counts(summary, produced) && summary.equals(previous)) {
                    return summary;
                }
                previous = summary;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("summary never held " + produced + ": " + summary);
    }

    private static boolean counts(JsonNode summary, ProduceSummary produced) {
        long events = 0;
        for (JsonNode perType : summary.get("events")) {
            events += perType.asLong();
        }
        return summary.get("articles").asLong() == produced.articles() && events == produced.events();
    }

    private static HttpResponse<String> get(HttpClient http, LocalPipeline p, String path, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(p.apiUrl() + path))
                .timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private LocalPipeline start(TestKafka kafka, String prefix, String app, ApiSecurity security) throws Exception {
        LocalPipeline p = LocalPipeline.start(new LocalPipeline.Settings(kafka.bootstrapServers(), null, 0, null,
                "127.0.0.1", 0, prefix, app, 0, Duration.ofMinutes(2), security));
        pipelines.add(p);
        return p;
    }

    private static SSLContext trusting(Certificates certificates) throws Exception {
        KeyStore store = KeyStore.getInstance(certificates.truststore().toFile(), certificates.password().toCharArray());
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
