package io.geowire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.geowire.producer.ProduceSummary;
import io.geowire.testing.KafkaIT;
import io.geowire.testing.TestKafka;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium over the real seed corpus run through the whole pipeline (not invented
 * state): charts, pair picker and a drill-down to highlighted evidence. Saves {@code target/dashboard-seed.png}.
 * Skipped where Chromium or its driver is missing (Debian packages {@code chromium chromium-driver}).
 */
@KafkaIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardSeedIT {

    private static final Path SHARED = Path.of(System.getProperty("geowire.shared.dir", "../../../shared"));
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("target/dashboard-seed.png");
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private LocalPipeline pipeline;
    private WebDriver browser;
    private Path profile;
    private WebDriverWait wait;

    @BeforeAll
    void start(TestKafka kafka) throws Exception {
        assumeThat(Files.isDirectory(SHARED.resolve("corpus"))).as("../shared/corpus beside the checkout").isTrue();
        assumeThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("needs " + CHROMIUM + " and " + CHROMEDRIVER).isTrue();
        SELENIUM_LOG.setLevel(Level.SEVERE);
        pipeline = LocalPipeline.start(new LocalPipeline.Settings(kafka.bootstrapServers(), null, 0, null,
                "127.0.0.1", 0, kafka.uniqueName("dash") + ".", kafka.uniqueName("dash-app"), 0,
                Duration.ofMinutes(2)));
        ProduceSummary produced = CorpusRun.produce(pipeline.clients(), pipeline.topics(),
                List.of(SHARED.resolve("corpus").toString()), kafka.uniqueName("tx"));
        assertThat(Settling.await(pipeline, produced, Duration.ofMinutes(3))).isTrue();
        profile = Files.createTempDirectory("geowire-chromium-");
        browser = startBrowser(profile);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (pipeline != null) {
            pipeline.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void shouldRenderSeedStatePickPairsAndHighlightEvidenceWhenDrillingDown() {
        browser.get(pipeline.apiUrl() + "/");
        wait.until(d -> !text("last-updated").equals("never"));

        // charts and tables drawn from the seed state
        wait.until(d -> !testIds("stance-point").isEmpty());
        assertThat(testIds("stance-bar")).isNotEmpty();
        assertThat(testIds("pair-row").size()).isGreaterThan(1);
        assertThat(testIds("route-card")).extracting(e -> e.getAttribute("data-route")).contains("CPC");
        assertThat(testIds("statement-row")).isNotEmpty();

        // the pair picker redraws the timeline for another pair
        Select picker = new Select(byId("pair-picker"));
        String other = picker.getOptions().stream().map(o -> o.getAttribute("value"))
                .filter(v -> !v.equals(byId("stance-chart").getAttribute("data-pair"))).findFirst().orElseThrow();
        picker.selectByValue(other);
        wait.until(d -> other.equals(byId("stance-chart").getAttribute("data-pair")));
        assertThat(text("stance-headline")).contains(other.split("->")[0]);

        // drill from a pair's events into an article with the evidence marked in place
        testIds("pair-count").get(0).click();
        wait.until(d -> !testIds("drill-event").isEmpty());
        testIds("drill-event").get(0).findElement(By.cssSelector("[data-testid=article-link]")).click();
        WebElement mark = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=article-text] mark[data-testid=evidence-mark]")));
        assertThat(mark.getText()).hasSizeGreaterThan(10);
        assertThat(text("drill-body")).contains(mark.getText());
        saveScreenshot();
    }

    private static WebDriver startBrowser(Path userDataDir) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1440,1400", "--user-data-dir=" + userDataDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private void saveScreenshot() {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        try {
            Files.createDirectories(SCREENSHOT.getParent());
            Files.write(SCREENSHOT, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    private String text(String id) {
        return byId(id).getText();
    }

    private List<WebElement> testIds(String testId) {
        return browser.findElements(By.cssSelector("[data-testid=" + testId + "]"));
    }
}
