package io.geowire.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.geowire.streams.query.RouteIncident;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
