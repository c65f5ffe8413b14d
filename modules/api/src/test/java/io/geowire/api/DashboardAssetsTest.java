package io.geowire.api;

import static org.assertj.core.api.Assertions.assertThat;

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
}
