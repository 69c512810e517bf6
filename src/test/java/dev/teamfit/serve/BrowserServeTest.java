package dev.teamfit.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.teamfit.engine.RuleBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web app in a real browser: Debian's headless Chromium, driven by Selenium through its chromedriver,
 * against a server on a random loopback port. A person fills the form (a project, two members, their
 * roles and skills from the pickers), submits it and finds the coverage matrix with both names; then
 * imports a sample file and exports it back with the same keys and values. Skipped where chromedriver
 * is missing, never in CI ({@code .ci/run} installs it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserServeTest {

    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /**
     * How long a page may take before it counts as hung: a guard, not a measure (the waits end as soon as the page
     * is there), long enough for a loaded machine; the client waits as long for chromedriver's answer.
     */
    private static final Duration HANG = Duration.ofMinutes(10);

    private ChromeDriver driver;
    private Serving serving;
    private Path downloads;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        boolean installed = Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM);
        String missing = "Chromium and its driver are not installed at " + CHROMIUM + " and " + DRIVER;
        assertTrue(installed || System.getenv("CI") == null, missing);
        assumeTrue(installed, missing);
        serving = Serving.start(RuleBase.bundled());
        downloads = Files.createDirectories(dir.resolve("downloads"));
        // Without it Selenium Manager would go looking for a driver online.
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1000");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(options, ClientConfig.defaultConfig().readTimeout(HANG.plusMinutes(1)));
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (serving != null) {
            serving.close();
        }
    }

    private WebElement field(String name) {
        return driver.findElement(By.name(name));
    }

    private void type(String name, String text) {
        field(name).clear();
        field(name).sendKeys(text);
    }

    private void click(String action) {
        driver.findElement(By.cssSelector("form#project button[value='" + action + "']")).click();
    }

    @Test
    void aPersonFillsTheFormWithTwoMembersAndReadsTheCoverageMatrix() {
        driver.get(serving.uri("/").toString());
        assertEquals("New assessment · teamfit", driver.getTitle());
        type("id", "fraud-pilot");
        type("name", "Fraud pilot");
        new Select(field("problem.kind")).selectByValue("anomaly-detection");
        new Select(field("deployment.mode")).selectByValue("online");
        new Select(field("criticality")).selectByVisibleText("high");
        type("team[0].name", "Ana Ruiz");
        new Select(field("team[0].roles")).selectByValue("data-scientist");
        new Select(field("team[0].skills[0].skill")).selectByValue("statistics");
        new Select(field("team[0].skills[0].level")).selectByValue("expert");

        click("add-member");
        type("team[1].name", "Bo Chen");
        type("team[1].allocation", "0.5");
        new Select(field("team[1].roles")).selectByValue("ml-engineer");
        new Select(field("team[1].skills[0].skill")).selectByValue("model-deployment");
        new Select(field("team[1].skills[0].level")).selectByValue("proficient");
        assertEquals("Ana Ruiz", field("team[0].name").getAttribute("value"), "the first member is kept");

        click("assess");
        new WebDriverWait(driver, HANG).until(d -> !d.findElements(By.cssSelector("table.matrix")).isEmpty());
        assertEquals("Fraud pilot · teamfit assessment", driver.getTitle());
        String matrix = driver.findElement(By.cssSelector("table.matrix")).getText();
        assertTrue(matrix.contains("Ana Ruiz") && matrix.contains("Bo Chen"), matrix);
        List<String> downloads = driver.findElements(By.cssSelector("nav.downloads button")).stream()
                .map(WebElement::getText).toList();
        assertTrue(downloads.containsAll(List.of("YAML", "JSON", "Markdown", "CSV")), downloads.toString());
        List<LogEntry> console = driver.manage().logs().get(LogType.BROWSER).getAll();
        assertTrue(console.isEmpty(), "no console messages (a CSP violation would be one): " + console);
    }

    @Test
    void aSampleImportedAndExportedComesBackWithTheSameKeysAndValues() throws IOException, InterruptedException {
        Path sample = Path.of("samples/card-fraud.yaml").toAbsolutePath();
        driver.get(serving.uri("/").toString());
        driver.findElement(By.id("import-file")).sendKeys(sample.toString());
        driver.findElement(By.cssSelector("section.import button[type=submit]")).click();
        new WebDriverWait(driver, HANG).until(d -> !d.findElements(By.cssSelector(".notice")).isEmpty());
        assertEquals("Bo Chen", field("team[1].name").getAttribute("value"));
        assertEquals("mission-critical", new Select(field("criticality")).getFirstSelectedOption().getAttribute("value"));

        click("export");
        Path exported = downloads.resolve("card-fraud.yaml");
        new WebDriverWait(driver, HANG).until(d -> Files.exists(exported));
        YAMLMapper yaml = new YAMLMapper();
        JsonNode original = yaml.readTree(sample.toFile());
        JsonNode back = yaml.readTree(exported.toFile());
        assertEquals(original, back, Files.readString(exported));
        try (Stream<Path> files = Files.list(downloads)) {
            assertEquals(1, files.count(), "one file downloaded");
        }
    }

    @Test
    void aPortfolioUploadShowsItsProgressThenTheReport() throws IOException {
        driver.get(serving.uri("/portfolio").toString());
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("samples/portfolio"))) {
            files = list.sorted().map(f -> f.toAbsolutePath().toString()).toList();
        }
        assertEquals("ready", driver.findElement(By.cssSelector("form[data-progress]")).getAttribute("data-progress"),
                "the page's script runs under its Content-Security-Policy");
        driver.findElement(By.id("f-files")).sendKeys(String.join("\n", files));
        driver.findElement(By.cssSelector("form[data-progress] button[type=submit]")).click();
        // The script posts the files itself and writes the report into the page when it is done.
        new WebDriverWait(driver, HANG).until(d -> d.getTitle().equals("Portfolio assessment · teamfit")
                && !d.findElements(By.cssSelector("section.project")).isEmpty());
        assertEquals(files.size() + 1, driver.findElements(By.cssSelector("section.project")).size(),
                "every project of the upload, the JSON Lines file's two included");
        List<LogEntry> console = driver.manage().logs().get(LogType.BROWSER).getAll();
        assertTrue(console.isEmpty(), "no console messages (a CSP violation would be one): " + console);
    }
}
