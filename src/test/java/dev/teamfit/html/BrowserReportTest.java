package dev.teamfit.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.teamfit.cli.CliRunner;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.remote.http.ClientConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The HTML reports in a real browser, Debian's Chromium driven by Selenium through its chromedriver,
 * offline (the page fetches nothing; axe-core comes from the test class path). At a desktop's width and
 * at a phone's, the page is no wider than the window and axe-core finds no violation; printed on A4,
 * one project fits on four pages. Skipped where chromedriver is missing; {@code .ci/run} installs it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserReportTest {

    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long a page may take before it counts as hung. */
    private static final Duration HANG = Duration.ofMinutes(10);
    /** The most A4 pages one project's report may print on. */
    private static final int PROJECT_PAGES = 4;

    private ChromeDriver driver;
    private Path pages;
    /** The page each command printed, written once. */
    private final Map<String, Path> written = new HashMap<>();

    @BeforeAll
    void start(@TempDir Path dir) {
        boolean installed = Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM);
        String missing = "Chromium and its driver are not installed at " + CHROMIUM + " and " + DRIVER;
        // CI installs them (.ci/run): there a missing browser is a failure, never a skip.
        assertTrue(installed || System.getenv("CI") == null, missing);
        assumeTrue(installed, missing);
        pages = dir;
        // Without it Selenium Manager would go looking for a driver online.
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--hide-scrollbars");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        // Guards against a hung page, not measures: axe-core on the portfolio takes seconds, and many times that
        // on a loaded machine; the client waits as long for chromedriver's answer (its default is 3 minutes).
        driver = new ChromeDriver(options, ClientConfig.defaultConfig().readTimeout(HANG.plusMinutes(1)));
        driver.manage().timeouts().scriptTimeout(HANG);
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    /**
     * Writes the page a CLI command prints, once per command (a page is opened at two widths, and the plan's
     * takes the planner seconds), and opens it in a window {@code width} CSS pixels wide.
     */
    private void open(String command, int width) throws IOException {
        Path page = written.get(command);
        if (page == null) {
            CliRunner.Run run = CliRunner.run(command.split(" "));
            assertEquals(0, run.exitCode(), run.err());
            page = Files.writeString(pages.resolve(written.size() + ".html"), run.out());
            written.put(command, page);
        }
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        driver.get(page.toUri().toString());
        assertEquals(Jsoup.parse(page.toFile(), "UTF-8").title(), driver.getTitle(), "the page loaded");
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({
            "assess samples/card-fraud.yaml --format html, 1280",
            "assess samples/card-fraud.yaml --format html, 390",
            "portfolio samples/portfolio --format html, 1280",
            "portfolio samples/portfolio --format html, 390",
            "plan samples/portfolio --people samples/people.yaml --from 2027-01 --format html, 1280",
            "plan samples/portfolio --people samples/people.yaml --from 2027-01 --format html, 390",
            "compare samples/demand-forecast.yaml --set deployment.mode=streaming --add-member name=Mo;roles=mlops-engineer;allocation=0.5 --format html, 1280",
            "compare samples/demand-forecast.yaml --set deployment.mode=streaming --format html, 390"})
    void thePageIsNoWiderThanTheWindowAndAxeFindsNoViolation(String command, int width) throws IOException {
        open(command, width);
        List<LogEntry> console = driver.manage().logs().get(LogType.BROWSER).getAll();
        assertTrue(console.isEmpty(), "console messages: " + console);
        assertFalse(driver.findElements(By.cssSelector("table tbody tr")).isEmpty(), "the tables are there");

        @SuppressWarnings("unchecked")
        List<Long> widths = (List<Long>) driver.executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth, document.documentElement.clientWidth];");
        System.out.printf("%s at %d px: scrollWidth %d, innerWidth %d, clientWidth %d%n", command, width,
                widths.get(0), widths.get(1), widths.get(2));
        assertEquals(width, widths.get(1).intValue(), "the window's width");
        assertTrue(widths.get(0) <= widths.get(1), "the page is " + widths.get(0) + " px wide in a window of "
                + widths.get(1) + " px");

        JsonNode violations = axe();
        System.out.printf("%s at %d px: axe-core violations %s%n", command, width, violations);
        assertEquals(0, violations.size(), "axe-core violations: " + violations.toPrettyString());
    }

    /** Runs axe-core, from the test class path, in the page: its violations, each rule with its elements. */
    private JsonNode axe() throws IOException {
        String axe;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/axe.min.js"), "axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        driver.executeScript(axe);
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(JSON.stringify(r.violations.map(v => ({rule: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))})))))
                  .catch(e => done(JSON.stringify([{rule: 'axe failed', help: String(e)}])));
                """);
        return JSON.readTree((String) result);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"assess samples/card-fraud.yaml --format html", "portfolio samples/portfolio --format html"})
    void printedOnA4EachProjectTakesAtMostFourPages(String command) throws IOException {
        open(command, 1280);
        int projects = driver.findElements(By.cssSelector("section.single, section.project")).size();
        // WebDriver's print as chromedriver does it (A4 with 1 cm margins, backgrounds), through DevTools:
        // chromedriver's own print command gives up after 10 s, which a loaded machine can take.
        double cm = 1 / 2.54;
        Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 21.0 * cm,
                "paperHeight", 29.7 * cm, "marginTop", cm, "marginBottom", cm, "marginLeft", cm, "marginRight", cm,
                "printBackground", true, "scale", 1.0));
        int count;
        try (PDDocument document = Loader.loadPDF(Base64.getDecoder().decode((String) result.get("data")))) {
            count = document.getNumberOfPages();
            PDRectangle page = document.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), page.getWidth(), 1, "A4 across");
            assertEquals(PDRectangle.A4.getHeight(), page.getHeight(), 1, "A4 down");
        }
        System.out.printf("%s: %d A4 pages%n", command, count);
        // A portfolio also prints its summary, contents and errors: a page or two beyond its projects.
        int most = projects * PROJECT_PAGES + (projects > 1 ? 2 : 0);
        assertTrue(count <= most, count + " pages for " + projects + " project(s); at most " + most);
    }
}
