package com.relaycrm.support;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the tests of pages people use (Tasklist with our forms, report charts, email approval
 * pages), driven through Debian's {@code chromium} and {@code chromium-driver}; nothing is downloaded.
 *
 * <pre>
 *   &#64;BeforeAll static void chromium() { Browser.requireChromium(); }
 *   try (Browser browser = Browser.start(profileDir, null)) {
 *       browser.signIn(port, "salesmgr1");
 *       browser.driver().get(browser.url(port, "/reports/loyalty.html"));
 *   }
 * </pre>
 */
public final class Browser implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(20);

    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final File CHROMIUM = new File("/usr/bin/chromium");

    // Tasklist 7.24's sign-in form and header, taken from its rendered DOM
    public static final By SIGN_IN_USERNAME = By.cssSelector("form[name=signinForm] input[ng-model=username]");
    public static final By SIGN_IN_PASSWORD = By.cssSelector("form[name=signinForm] input[ng-model=password]");
    public static final By SIGN_IN_BUTTON = By.cssSelector("form[name=signinForm] button[type=submit]");
    public static final By ACCOUNT_MENU = By.cssSelector("[cam-widget-header] li.account > a.dropdown-toggle");

    private final ChromeDriverService service;
    private final WebDriver driver;
    private final WebDriverWait wait;

    private Browser(ChromeDriverService service, WebDriver driver) {
        this.service = service;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
    }

    /** Call from {@code @BeforeAll}: fails without Chromium when {@code CI} is set, skips the class otherwise. */
    public static void requireChromium() {
        boolean installed = CHROMEDRIVER.canExecute() && CHROMIUM.canExecute();
        String missing = "Chromium and its WebDriver are not installed (apt-get install -y chromium chromium-driver)";
        if (System.getenv("CI") != null) {
            assertTrue(installed, missing);
        } else {
            assumeTrue(installed, missing);
        }
        // Selenium warns on every start that it has no CDP bindings for this Chromium; we do not use CDP
        Logger.getLogger("org.openqa.selenium.devtools").setLevel(Level.SEVERE);
        Logger.getLogger("org.openqa.selenium.chromium").setLevel(Level.SEVERE);
    }

    /** A fresh browser with its own profile folder; {@code language} (e.g. "zh-CN") or null for the default. */
    public static Browser start(Path profile, String language) {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--user-data-dir=" + profile);
        if (language != null) {
            options.addArguments("--lang=" + language);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        }
        return new Browser(service, new ChromeDriver(service, options));
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public static String url(int port, String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in to the webapps through Tasklist's form (demo users' password is their id). */
    public void signIn(int port, String user) {
        if (driver.findElements(SIGN_IN_USERNAME).isEmpty()) {
            driver.get(url(port, "/camunda/app/tasklist/default/"));
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(SIGN_IN_USERNAME)).sendKeys(user);
        driver.findElement(SIGN_IN_PASSWORD).sendKeys(user);
        driver.findElement(SIGN_IN_BUTTON).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(ACCOUNT_MENU));
    }

    /**
     * Saves what the browser shows to /tmp/{name}.png, for looking at after a failure, and to
     * target/screenshots/{name}.png, where a reviewer finds the pages and forms the tests went through.
     */
    public void screenshot(String name) {
        try {
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, Path.of("/tmp", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Path kept = Files.createDirectories(Path.of("target", "screenshots"));
            Files.copy(shot, kept.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
