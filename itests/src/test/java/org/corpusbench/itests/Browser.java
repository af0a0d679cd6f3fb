package org.corpusbench.itests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through Debian's chromedriver (never a downloaded browser), with the
 * flags STACK.md names, logged in to the workbench with HTTP Basic as the browser remembers a login.
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * Opens a page as the user, in a 1280x800 window, logging in as a person does at the browser's
     * login dialog: once for the workbench's realm (the page and the REST API share it), by opening
     * {@code /corpus/page/me} with the credentials in the URL, and once more for a page of another
     * realm (Karaf's web console). The page itself is then opened without credentials in its URL,
     * since scripts may not fetch from such a URL; the browser sends the remembered login.
     *
     * @param origin such as {@code http://127.0.0.1:18182}
     * @param path such as {@code /corpus/page/}
     */
    static Browser login(ApiCalls.Login login, String origin, String path) {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage",
                "--window-size=1280,800", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
            String withLogin = origin.replace("://", "://" + encode(login.user()) + ":" + encode(login.password()) + "@");
            driver.get(withLogin + "/corpus/page/me");
            if (!driver.getPageSource().contains("\"user\"")) {
                throw new AssertionError("Logging in as " + login + " failed: " + driver.getPageSource());
            }
            if (!path.startsWith("/corpus/")) {
                driver.get(withLogin + path);
            }
            driver.get(origin + path);
            return new Browser(driver);
        } catch (RuntimeException | Error e) {
            driver.quit();
            throw e;
        }
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }

    WebDriver driver() {
        return driver;
    }

    /** Waits until the page shows what is described, failing with the description. */
    void await(String what, BooleanSupplier condition) {
        try {
            // A re-rendered table detaches the elements a condition was reading: that is "not yet", so ask again.
            new WebDriverWait(driver, PATIENCE).withMessage("waiting for " + what).ignoring(StaleElementReferenceException.class)
                    .until(ignored -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            // what the page said, and how it looked, so a failure in CI can be understood from its report
            String messages = driver.findElements(By.cssSelector(".message")).stream().map(WebElement::getText)
                    .collect(Collectors.joining(" | "));
            try {
                Path folder = Files.createDirectories(Path.of("target", "screenshots"));
                Files.write(folder.resolve("failed-" + what.replaceAll("[^A-Za-z0-9]+", "-") + ".png"),
                        driver.getScreenshotAs(OutputType.BYTES));
            } catch (IOException | RuntimeException ignored) {
                // the screenshot only explains; the timeout is the failure
            }
            throw new AssertionError("Gave up waiting for " + what + "; the page's messages: " + messages, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
