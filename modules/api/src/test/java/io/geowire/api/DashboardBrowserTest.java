package io.geowire.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.streams.query.CorroboratedEvent;
import io.geowire.streams.query.PipelineSummary;
import io.geowire.streams.query.RouteIncident;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the dashboard in the system's headless Chromium against the API over invented state. Skipped where
 * Chromium or its driver is not installed (CI installs the Debian packages {@code chromium chromium-driver}).
 */
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("target/dashboard.png");
    private static final Path OVERVIEW = Path.of("target/dashboard-overview.png");
    private static final Path MAP = Path.of("target/dashboard-map.png");
    // fill of a country without stance events (--land in dashboard.css)
    private static final String NO_DATA_FILL = "rgb(211, 217, 224)";

    // Selenium warns that it has no DevTools bindings for this Chromium version; the test does not use them
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    private static RunningApi api;
    private static WebDriver browser;
    private static Path profile;
    private WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs " + CHROMIUM + " and " + CHROMEDRIVER);
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        api = RunningApi.start(DashboardSamples.fill(new InMemoryQueries()));
        profile = Files.createTempDirectory("geowire-chromium-");
        browser = startBrowser(profile);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (api != null) {
            api.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void open() {
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get(api.baseUrl() + "/");
        wait.until(d -> !text("last-updated").equals("never"));
    }

    @AfterEach
    void noScriptErrors() {
        List<String> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                // a 404 is an answer the dashboard handles (e.g. an article not kept), not a script error
                .filter(m -> !m.contains("status of 404"))
                // the browser's own favicon request, refused like any path outside the dashboard when a token is set
                .filter(m -> !m.contains("/favicon.ico"))
                .toList();
        assertThat(severe).as("browser console errors").isEmpty();
    }

    @Test
    void shouldRenderChartsTablesAndBoardWhenLoaded() {
        List<WebElement> points = testIds("stance-point");
        assertThat(points).hasSize(6);
        assertThat(points.get(1).getAttribute("data-score")).isEqualTo("-0.67");
        assertThat(testIds("stance-bar")).hasSize(6);
        assertThat(byId("stance-chart").getAttribute("data-pair")).isEqualTo("KAZ->RUS");
        assertThat(testIds("pair-row")).hasSize(4);
        assertThat(text("live-text")).startsWith("live");

        assertThat(testIds("route-card")).extracting(e -> e.getAttribute("data-route"))
                .containsExactly("BTC", "CPC", "KTI_RAIL", "TITR");
        WebElement cpc = browser.findElement(By.cssSelector("[data-route=CPC]"));
        assertThat(cpc.findElement(By.cssSelector("[data-testid=route-status]")).getText()).isEqualTo("disrupted");
        assertThat(cpc.findElement(By.cssSelector("[data-testid=route-status]")).getCssValue("background-color"))
                .isEqualTo("rgba(198, 40, 40, 1)");
        assertThat(cpc.findElements(By.cssSelector("[data-testid=incident]"))).hasSize(3);
        assertThat(cpc.findElements(By.cssSelector(".incident-dot"))).hasSize(3);
        assertThat(cpc.getText()).contains("since 2022-07-06", "two of three moorings", "legal");

        assertThat(testIds("statement-row")).hasSize(4);
        assertThat(new Select(byId("sanctions-actor")).getOptions()).extracting(WebElement::getText)
                .containsExactly("KAZ", "UZB");
        saveScreenshot(OVERVIEW);
    }

    @Test
    void shouldMarkEventPushedAfterThePageWasOpenedWhenStateGainsOne() throws InterruptedException {
        InMemoryQueries queries = DashboardSamples.fill(new InMemoryQueries());
        try (RunningApi live = RunningApi.start(queries)) {
            browser.get(live.baseUrl() + "/");
            wait.until(d -> !text("last-updated").equals("never"));
            wait.until(d -> text("live-text").contains("pushed"));
            assertThat(byId("new-section").isDisplayed()).isFalse();
            Thread.sleep(600); // the server's feed takes its baseline first

            pushAnEventAndSeeItMarkedNew(queries);
        } finally {
            browser.get(api.baseUrl() + "/");
        }
    }

    @Test
    void shouldReadTheStreamWithTheBearerTokenWhenTheApiNeedsOne() throws InterruptedException {
        InMemoryQueries queries = DashboardSamples.fill(new InMemoryQueries());
        String token = "dashboard-stream-token-0123456789";
        ApiOptions secured = ApiOptions.onPort(0).withSecurity(ApiSecurity.none().withBearerToken(token));
        try (RunningApi live = RunningApi.of(ApiServer.start(secured, queries,
                HealthInfo.of(() -> HealthInfo.UP, "localhost:9092")))) {
            // the page keeps the token for the tab once asked; set it as if the prompt had been answered
            browser.get(live.baseUrl() + "/dashboard.css");
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "sessionStorage.setItem('geowire.apiToken', arguments[0])", token);
            browser.get(live.baseUrl() + "/");
            wait.until(d -> !text("last-updated").equals("never"));
            // EventSource would be refused (it cannot send the header): pushed means fetch read the stream
            wait.until(d -> text("live-text").contains("pushed"));
            Thread.sleep(600); // the server's feed takes its baseline first

            pushAnEventAndSeeItMarkedNew(queries);
        } finally {
            browser.get(api.baseUrl() + "/");
        }
    }

    private void pushAnEventAndSeeItMarkedNew(InMemoryQueries queries) {
        PipelineSummary before = queries.summary();
        Map<String, Long> corroborated = new java.util.TreeMap<>(before.corroborated());
        corroborated.merge("sanction_statement", 1L, Long::sum);
        queries.withEvent(new CorroboratedEvent("ev-live", "sanction_statement", "2024-03-01", false, 0.9,
                "Uzbekistan will not help anyone evade the sanctions.", Map.of("actor", "UZB"), 1,
                List.of("art-live"), List.of("Wire")))
                .withSummary(new PipelineSummary(before.articles() + 1, before.events(), corroborated,
                        before.deadLetters(), before.duplicates()));

        wait.until(d -> byId("new-section").isDisplayed());
        WebElement card = browser.findElement(By.cssSelector("#new-events [data-event=ev-live]"));
        assertThat(card.getAttribute("class")).contains("new");
        assertThat(card.getText()).contains("new", "Uzbekistan will not help");
        wait.until(d -> testIds("summary-new").size() >= 2);
        assertThat(testIds("summary-new")).extracting(WebElement::getText).containsOnly("+1 new");
    }

    @Test
    void shouldRedrawTimelineWhenAnotherPairIsPicked() {
        new Select(byId("pair-picker")).selectByValue("KAZ->TUR");

        wait.until(d -> "KAZ->TUR".equals(byId("stance-chart").getAttribute("data-pair")));
        assertThat(testIds("stance-point")).extracting(e -> e.getAttribute("data-start"))
                .containsExactly("2022-05-01", "2022-10-01");
        assertThat(text("stance-headline")).contains("KAZ → TUR", "+0.80", "5 events");
        assertThat(browser.findElement(By.cssSelector("#pairs-table tr.selected")).getAttribute("data-pair"))
                .isEqualTo("KAZ->TUR");
    }

    @Test
    void shouldThinDateLabelsSoNoneOverlapWhenAPairHasManyWindows() {
        new Select(byId("pair-picker")).selectByValue("UZB->RUS");
        wait.until(d -> "UZB->RUS".equals(byId("stance-chart").getAttribute("data-pair")));

        List<WebElement> labels = browser.findElements(By.cssSelector("#stance-chart .date-tick"));
        assertThat(testIds("stance-point")).hasSize(20);
        assertThat(labels.size()).isBetween(4, 19);
        for (int i = 1; i < labels.size(); i++) {
            Rectangle previous = labels.get(i - 1).getRect();
            Rectangle next = labels.get(i).getRect();
            assertThat(previous.getX() + previous.getWidth()).as("label " + i + " clear of the one before")
                    .isLessThan(next.getX());
        }
        saveScreenshot(Path.of("target/dashboard-many-windows.png"));
    }

    @Test
    void shouldShowLedgerOfPickedActorWhenActorChanges() {
        new Select(byId("sanctions-actor")).selectByValue("UZB");

        wait.until(d -> testIds("statement-row").size() == 1);
        assertThat(testIds("statement-row").get(0).getText()).contains("2022-06-08", "unnamed", "oppose");
    }

    @Test
    void shouldListEventsWhenACountIsClicked() {
        browser.findElement(By.cssSelector("[data-testid=summary-count][data-type=sanction_statement]")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("drill")));
        wait.until(d -> testIds("drill-event").size() == 5);
        assertThat(text("drill-title")).contains("sanction statement");
    }

    @Test
    void shouldHideLessConfidentEventsWhenMinConfidenceIsRaised() {
        // the samples' sanction statements have confidence 0.7
        browser.findElement(By.cssSelector("[data-testid=summary-count][data-type=sanction_statement]")).click();
        wait.until(d -> testIds("drill-event").size() == 5);

        new Select(byId("min-confidence")).selectByValue("0.9");
        wait.until(d -> text("drill-title").contains("0.9") && text("drill-body").contains("0 event(s)"));
        assertThat(testIds("drill-event")).isEmpty();

        new Select(byId("min-confidence")).selectByValue("0.7");
        wait.until(d -> testIds("drill-event").size() == 5);
    }

    @Test
    void shouldHighlightEvidenceInArticleWhenDrillingFromEventToArticle() {
        testIds("pair-count").get(0).click();
        wait.until(d -> testIds("drill-event").size() == 2);
        WebElement first = testIds("drill-event").stream()
                .filter(e -> "ev-kaz-rus-1".equals(e.getAttribute("data-event"))).findFirst().orElseThrow();
        first.findElement(By.cssSelector("[data-testid=article-link]")).click();

        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=article-text] mark[data-testid=evidence-mark]")));
        assertThat(mark.getText()).isEqualTo(DashboardSamples.EVIDENCE_NON_RECOGNITION);
        assertThat(text("drill-body")).contains("Astana keeps its distance on breakaway regions");
        saveScreenshot(SCREENSHOT);
    }

    @Test
    void shouldHighlightIncidentEvidenceWhenIncidentIsClicked() {
        browser.findElement(By.cssSelector("[data-route=CPC] [data-testid=incident-link]")).click();

        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("mark[data-testid=evidence-mark]")));
        assertThat(mark.getText()).startsWith("Tanker loadings stopped after a storm");
    }

    @Test
    void shouldShowNewStateWithoutReloadWhenReplayAddsIt() {
        InMemoryQueries growing = new InMemoryQueries();
        try (RunningApi live = RunningApi.start(growing)) {
            browser.get(live.baseUrl() + "/");
            wait.until(d -> !text("last-updated").equals("never"));
            assertThat(testIds("route-card")).isEmpty();

            growing.withRoute(DashboardSamples.route("DRUZHBA", "Druzhba pipeline", "at_risk", "2022-08-01", 0,
                    new RouteIncident("ev-dr-1", "2022-08-01", "at_risk", "political", null, 1, List.of("x.txt"))));

            wait.until(d -> testIds("route-card").size() == 1);
            assertThat(testIds("route-status").get(0).getText()).isEqualTo("at risk");
        }
    }

    @Test
    void shouldShadeCountriesByTheChosenActorsStanceWhenTheMapLoads() {
        waitForMap();

        assertThat(testIds("map-country").size()).as("Natural Earth 1:110m countries").isGreaterThan(150);
        assertThat(new Select(byId("map-actor")).getFirstSelectedOption().getText()).isEqualTo("KAZ");
        assertThat(country("KAZ").getAttribute("class")).contains("actor");
        WebElement russia = country("RUS");
        assertThat(russia.getAttribute("class")).contains("has-data", "neg");
        assertThat(russia.getAttribute("data-score")).isEqualTo("-0.45");
        assertThat(rgb(russia.getCssValue("fill"))).as("distancing reads red").satisfies(c -> assertThat(c[0]).isGreaterThan(c[1]));
        WebElement turkey = country("TUR");
        assertThat(turkey.getAttribute("class")).contains("has-data", "pos");
        assertThat(rgb(turkey.getCssValue("fill"))).as("aligning reads green").satisfies(c -> assertThat(c[1]).isGreaterThan(c[0]));
        assertThat(country("DEU").getAttribute("class")).contains("no-data");
        assertThat(country("DEU").getCssValue("fill")).isEqualTo(NO_DATA_FILL);
        assertThat(byId("map-offmap").getText()).isEqualTo("none");

        assertThat(testIds("map-route")).extracting(e -> e.getAttribute("data-route"))
                .containsExactly("BTC", "CPC", "KTI_RAIL", "TITR");
        WebElement cpc = browser.findElement(By.cssSelector("[data-testid=map-route][data-route=CPC] .route-line"));
        assertThat(cpc.getAttribute("class")).contains("status-disrupted");
        assertThat(cpc.getCssValue("stroke")).isEqualTo("rgb(198, 40, 40)");
        assertThat(browser.findElement(By.cssSelector("[data-route=TITR] .route-line")).getAttribute("class"))
                .contains("status-at_risk");
        assertThat(byId("map-unplaced").getText()).isEqualTo("none");

        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('map-section').scrollIntoView({block: 'start'})");
        saveScreenshot(MAP);
    }

    @Test
    void shouldOpenThePairsEventsWhenACountryIsClicked() {
        waitForMap();

        clickMapAt(60, 58, "RUS"); // the Urals: inside Russia, away from every route

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("drill")));
        wait.until(d -> testIds("drill-event").size() == 2);
        assertThat(text("drill-title")).contains("KAZ → RUS");
        assertThat(testIds("drill-event")).extracting(e -> e.getAttribute("data-event"))
                .containsExactlyInAnyOrder("ev-kaz-rus-1", "ev-kaz-rus-2");
    }

    @Test
    void shouldOpenTheRoutesEventsWhenARouteIsClicked() {
        waitForMap();

        clickMapAt(45.0, 45.9, "CPC"); // a CPC waypoint north of the Caucasus

        wait.until(d -> testIds("drill-event").size() == 2);
        assertThat(text("drill-title")).contains("CPC");
        assertThat(testIds("drill-event")).extracting(e -> e.getAttribute("data-event"))
                .containsExactlyInAnyOrder("ev-cpc-1", "ev-cpc-3");
    }

    @Test
    void shouldReshadeTheMapWhenAnotherActorIsPicked() {
        waitForMap();

        new Select(byId("map-actor")).selectByValue("UZB");

        wait.until(d -> country("UZB").getAttribute("class").contains("actor"));
        assertThat(country("KAZ").getAttribute("class")).contains("no-data");
        assertThat(country("TUR").getAttribute("class")).contains("no-data");
        assertThat(country("RUS").getAttribute("data-score")).isEqualTo("0");
        assertThat(country("RUS").getAttribute("class")).contains("has-data", "neutral");
    }

    @Test
    void shouldListWhatHasNoShapeBesideTheMapWhenTargetsOrRoutesCannotBeDrawn() {
        InMemoryQueries state = new InMemoryQueries().withStance(DashboardSamples.kazRus())
                .withStance(new io.geowire.streams.query.StanceView("KAZ", "EU",
                        new io.geowire.streams.query.StanceSummary(0.6, 3, 2, 0, 1), List.of(), List.of()))
                .withRoute(DashboardSamples.route("KAZ_OIL_RAIL", null, "disrupted", "2022-04-02", 3,
                        new RouteIncident("ev-rail-1", "2022-04-02", "disrupted", "technical", null, 1,
                                List.of("x.txt"))))
                .withRoute(DashboardSamples.route("CPC", "Caspian Pipeline Consortium", "operational", null, 0,
                        new RouteIncident("ev-cpc-9", "2022-05-01", "restored", null, null, 1, List.of("y.txt"))));
        try (RunningApi live = RunningApi.start(state)) {
            browser.get(live.baseUrl() + "/");
            waitForMap();

            WebElement eu = wait.until(d -> d.findElement(By.cssSelector("[data-testid=map-offmap-target][data-target=EU]")));
            assertThat(eu.getText()).contains("EU", "+0.60", "3 events");
            assertThat(testIds("map-route")).extracting(e -> e.getAttribute("data-route")).containsExactly("CPC");
            assertThat(browser.findElement(By.cssSelector("[data-route=CPC] .route-line")).getCssValue("stroke"))
                    .isEqualTo("rgb(46, 125, 50)");
            WebElement rail = browser.findElement(By.cssSelector("[data-testid=map-unplaced-route][data-route=KAZ_OIL_RAIL]"));
            assertThat(rail.getText()).contains("disrupted", "KAZ_OIL_RAIL");

            rail.findElement(By.cssSelector("[data-testid=map-unplaced-link]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("drill")));
            assertThat(text("drill-title")).contains("KAZ_OIL_RAIL");

            browser.findElement(By.id("drill-close")).click();
            byId("map-zoom-world").click();
            assertThat(byId("map-svg").getAttribute("data-view")).isEqualTo("world");
            assertThat(byId("map-zoom-world").getAttribute("aria-pressed")).isEqualTo("true");
            ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("document.getElementById('map-section').scrollIntoView({block: 'start'})");
            saveScreenshot(Path.of("target/dashboard-map-world.png"));
        }
    }

    private void waitForMap() {
        wait.until(d -> !testIds("map-country").isEmpty() && !testIds("map-route").isEmpty()
                && d.findElements(By.cssSelector("[data-testid=map-country].has-data")).size() > 0);
    }

    private static WebElement country(String iso) {
        return browser.findElement(By.cssSelector("[data-testid=map-country][data-iso=" + iso + "]"));
    }

    private static int[] rgb(String css) {
        String[] parts = css.replaceAll("[^0-9,]", "").split(",");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    /**
     * A real mouse click at a longitude/latitude of the map, placed through the SVG's own screen transform; first
     * checks that the element under that point belongs to the expected country (data-iso) or route (data-route).
     */
    private static void clickMapAt(double lon, double lat, String expected) {
        var js = (org.openqa.selenium.JavascriptExecutor) browser;
        js.executeScript("document.getElementById('map-section').scrollIntoView({block: 'center'})");
        @SuppressWarnings("unchecked")
        List<Object> at = (List<Object>) js.executeScript(
                "const svg = document.getElementById('map-svg');"
                        + "const p = svg.createSVGPoint();"
                        + "p.x = arguments[0] * Math.cos(48 * Math.PI / 180) * 10; p.y = -arguments[1] * 10;"
                        + "const s = p.matrixTransform(svg.getScreenCTM());"
                        + "const owner = (document.elementFromPoint(s.x, s.y) || svg).closest('[data-iso],[data-route]');"
                        + "return [s.x, s.y, owner ? (owner.dataset.iso || owner.dataset.route) : ''];",
                lon, lat);
        assertThat(at.get(2)).as("element under " + lon + "," + lat).isEqualTo(expected);
        new org.openqa.selenium.interactions.Actions(browser)
                .moveToLocation(((Number) at.get(0)).intValue(), ((Number) at.get(1)).intValue()).click().perform();
    }

    private static WebDriver startBrowser(Path userDataDir) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1440,1400", "--user-data-dir=" + userDataDir);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static void saveScreenshot(Path file) {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private static String text(String id) {
        return byId(id).getText();
    }

    private static List<WebElement> testIds(String testId) {
        return browser.findElements(By.cssSelector("[data-testid=" + testId + "]"));
    }
}
