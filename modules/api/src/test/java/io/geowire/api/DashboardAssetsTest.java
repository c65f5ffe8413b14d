package io.geowire.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DashboardAssetsTest {

    // the SVG namespace is an identifier, not something fetched
    private static final Pattern REMOTE = Pattern.compile("(?:https?:)?//(?!www\\.w3\\.org/2000/svg)[a-z0-9.-]+\\.[a-z]{2,}");
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
    void shouldServeDashboardPageWhenRootIsRequested() {
        RunningApi.Reply reply = api.get("/");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.text()).contains("data-testid=\"pair-picker\"", "src=\"dashboard.js\"",
                "href=\"dashboard.css\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/dashboard.js", "/dashboard.css"})
    void shouldLoadNothingFromOtherHostsWhenServingAssets(String path) {
        RunningApi.Reply reply = api.get(path);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(REMOTE.matcher(reply.text()).find()).as(path + " must work offline").isFalse();
    }

    @Test
    void shouldServeScriptAsJavaScriptWhenRequested() {
        assertThat(api.get("/dashboard.js").contentType()).contains("javascript");
    }

    @Test
    void shouldKeepJsonErrorsForApiPathsWhenStaticFilesAreServed() {
        Replies.assertNotFound(api.get("/api/no-such-thing"));
        Replies.assertNotFound(api.get("/no-such-file.js"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/vendor/world-atlas/countries-110m.json", "/vendor/i18n-iso-countries/codes.json",
        "/map-routes.json"})
    void shouldServeMapDataAsJsonWhenTheMapLoadsIt(String path) throws IOException {
        RunningApi.Reply reply = api.get(path);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).contains("json");
        assertThat(new ObjectMapper().readTree(reply.text()).isContainerNode()).as(path + " parses as JSON").isTrue();
    }

    @Test
    void shouldServeMapDecoderAndLicencesWhenBundledByTheBuild() {
        assertThat(api.get("/vendor/topojson-client/dist/topojson-client.min.js").contentType()).contains("javascript");
        assertThat(api.get("/").text()).contains("src=\"vendor/topojson-client/dist/topojson-client.min.js\"");
        for (String pkg : new String[] {"world-atlas", "topojson-client", "i18n-iso-countries"}) {
            assertThat(api.get("/vendor/" + pkg + "/LICENSE").status()).as(pkg + " licence").isEqualTo(200);
        }
    }

    /** Every fixed route id the extractor can emit has a line on the map; ids built from {FOCUS} are listed instead. */
    @Test
    void shouldHaveGeometryForEveryGazetteerRouteWhenTheMapDrawsRoutes() throws IOException {
        Path gazetteer = Path.of("../extract/src/main/resources/io/geowire/extract/data/routes.tsv");
        Set<String> ids = new TreeSet<>();
        for (String line : Files.readAllLines(gazetteer)) {
            if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("{")) {
                ids.add(line.substring(0, line.indexOf('\t')));
            }
        }
        JsonNode routes = new ObjectMapper().readTree(api.get("/map-routes.json").text()).get("routes");

        assertThat(ids).hasSizeGreaterThan(30);
        assertThat(routes.fieldNames()).toIterable().containsAll(ids);
        routes.fields().forEachRemaining(route -> route.getValue().get("lines").forEach(line -> {
            assertThat(line.size()).as(route.getKey() + " line").isGreaterThanOrEqualTo(2);
            line.forEach(point -> assertThat(point.get(0).asDouble()).as(route.getKey() + " longitude")
                    .isBetween(-180.0, 180.0));
            line.forEach(point -> assertThat(point.get(1).asDouble()).as(route.getKey() + " latitude")
                    .isBetween(-90.0, 90.0));
        }));
    }
}
