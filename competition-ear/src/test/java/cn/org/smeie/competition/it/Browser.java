package cn.org.smeie.competition.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for browser tests: the Debian browser and driver (nothing is downloaded),
 * helpers that wait for PrimeFaces' ajax to settle, and screenshots into target/screenshots.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final URL base;
    private final WebDriverWait wait;
    private final Path downloads = temporaryFolder("chromium-downloads");

    public Browser(URL base) {
        this(base, 1400, 1000);
    }

    public Browser(URL base, int width, int height) {
        this.base = base;
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver")).toFile())
                .build();
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("browser.binary", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--user-data-dir=" + temporaryFolder("chromium-profile"));
        // downloads land in a folder of the test's own, without asking
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        // the browser's console, read on closing: a script the Content-Security-Policy refused fails the test
        options.setCapability("goog:loggingPrefs", java.util.Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class); // a page being replaced is waited out, not failed
    }

    public void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
        settle();
    }

    /** Signs in on the login page; the browser then shows the page the account lands on. */
    public void signIn(String username, String password) {
        open("/login.xhtml");
        type("loginForm:username", username);
        type("loginForm:password", password);
        click("loginForm:signIn");
    }

    /**
     * Signs in and waits until the sign-in has landed on the account's first page: a page opened
     * before that could still be served to the session as it was before the sign-in.
     */
    public void signedIn(String username, String password) {
        signIn(username, password);
        leaves("/login.xhtml");
    }

    public void signInAsCommittee() {
        signedIn(Caller.COMMITTEE, Caller.COMMITTEE_PASSWORD);
    }

    /** Waits until the browser is on a page whose path ends so (a sign-in redirects more than once). */
    public boolean reaches(String pathEnd) {
        try {
            wait.until(d -> path().endsWith(pathEnd));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** Waits until the browser has left a page whose path ends so (the redirect after a form has landed). */
    public void leaves(String pathEnd) {
        try {
            wait.until(d -> !path().endsWith(pathEnd));
        } catch (TimeoutException e) {
            throw evidence("leave-" + pathEnd.replace('/', '_'), e);
        }
        settle();
    }

    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public WebElement find(String id) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        } catch (TimeoutException e) {
            throw evidence(id, e);
        }
    }

    /** An element that is in the page, visible or not (a styled file input, for one). */
    public WebElement present(String id) {
        try {
            return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        } catch (TimeoutException e) {
            throw evidence(id, e);
        }
    }

    public void click(String id) {
        try {
            wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        } catch (TimeoutException e) {
            throw evidence(id, e);
        }
        settle();
    }

    /**
     * Keeps a screenshot and the page's HTML of a failed wait, named after the element waited for,
     * and tells in the failure what the page showed (a CI log keeps the message, not the files).
     */
    private TimeoutException evidence(String id, TimeoutException e) {
        String name = "failed-" + id.replace(':', '_');
        String shown;
        try {
            screenshot(name);
            Files.writeString(Path.of(System.getProperty("browser.screenshots", "target/screenshots"), name + ".html"),
                    driver.getPageSource());
            shown = text().replaceAll("\\s+", " ");
        } catch (IOException | RuntimeException unreadable) {
            shown = "(unreadable: " + unreadable + ")";
        }
        return new TimeoutException("waited for " + id + " on " + driver.getCurrentUrl()
                + "; the page showed: " + (shown.length() > 1500 ? shown.substring(0, 1500) + "…" : shown)
                + "; the server's latest failures: " + ServerLog.failures(), e);
    }

    public void type(String id, String text) {
        WebElement input = find(id);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Replaces the text of a formatted input (PrimeFaces inputNumber) by selecting it all and typing
     * over it, until the input holds that number (keys typed while the widget was still being set up
     * are lost now and then; the formatted value may group digits).
     */
    public void retype(String id, String text) {
        try {
            untilTaken(() -> {
                WebElement input = find(id);
                input.click();
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
            }, d -> sameNumber(d.findElement(By.id(id)).getDomProperty("value"), text));
        } catch (TimeoutException e) {
            throw evidence(id, e);
        }
    }

    /**
     * Does {@code act} until {@code taken} holds (within 3 s), at most three times: an event the
     * page lost is given again, one it took is not repeated. The last wait's failure is thrown.
     */
    private void untilTaken(Runnable act, Function<WebDriver, Boolean> taken) {
        for (int attempt = 1; ; attempt++) {
            act.run();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).ignoring(StaleElementReferenceException.class)
                        .until(taken);
                return;
            } catch (TimeoutException notTaken) {
                if (attempt == 3) {
                    throw notTaken;
                }
            }
        }
    }

    /** Whether the input shows what was typed, formatting aside ("1,000.0" shows "1000", "138 0013 8000" a mobile). */
    private static boolean sameNumber(String shown, String typed) {
        if (shown == null) {
            return false;
        }
        String a = shown.replaceAll("[^0-9.]", "");
        String b = typed.replaceAll("[^0-9.]", "");
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException notANumber) {
            return a.equals(b);
        }
    }

    /**
     * Answers yes in PrimeFaces' confirmation dialog once it is open, and sees it close (a click that
     * landed while the dialog was still being placed is given again; one that took closes it at once).
     */
    public void confirm() {
        By yes = By.cssSelector(".ui-confirmdialog-yes");
        try {
            untilTaken(() -> wait.until(ExpectedConditions.elementToBeClickable(yes)).click(),
                    ExpectedConditions.invisibilityOfElementLocated(yes));
        } catch (TimeoutException e) {
            throw evidence("confirm", e);
        }
        settle();
    }

    /**
     * Chooses the item of a PrimeFaces selectOneMenu whose label starts with {@code label}, through
     * the widget itself (clicking into a long, animated panel misses now and then), and fires the
     * change a person's choice fires (the widget's selectValue alone is silent: no ajax listener runs).
     */
    public void choose(String menuId, String label) {
        Object chosen = driver.executeScript(
                "var menu = PrimeFaces.getWidgetById(arguments[0]);"
                        + "var options = document.getElementById(arguments[0] + '_input').options;"
                        + "for (var i = 0; i < options.length; i++) {"
                        + "  if (options[i].text.indexOf(arguments[1]) === 0) { menu.selectValue(options[i].value); menu.triggerChange(); return true; }"
                        + "}"
                        + "return false;", menuId, label);
        if (!Boolean.TRUE.equals(chosen)) {
            throw new IllegalStateException("no item " + label + " in " + menuId);
        }
        settle();
    }

    /**
     * Ticks the item of a PrimeFaces selectCheckboxMenu whose label contains {@code label}: opens the
     * menu and clicks the item's box itself (a click by position can land on a neighbour while the
     * panel still slides open), waits until it shows as ticked, and closes the menu by clicking
     * {@code elsewhereId}.
     */
    public void tick(String menuId, String label, String elsewhereId) {
        click(menuId);
        By box = By.xpath("//div[@id='" + menuId + "_panel']//li[contains(., '" + label + "')]"
                + "//div[contains(@class, 'ui-chkbox-box')]");
        try {
            WebElement item = wait.until(ExpectedConditions.presenceOfElementLocated(box));
            driver.executeScript("arguments[0].click();", item);
            wait.until(d -> d.findElement(box).getAttribute("class").contains("ui-state-active"));
        } catch (TimeoutException e) {
            throw evidence(menuId, e);
        }
        driver.findElement(By.id(elsewhereId)).click();
        settle();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public boolean shows(String text) {
        return text().contains(text);
    }

    public void waitFor(String text) {
        try {
            wait.until(d -> shows(text));
        } catch (TimeoutException e) {
            throw evidence("text", e);
        }
    }

    /**
     * Waits until the condition holds, asking every {@code poll}; an element replaced by an ajax update or a poll
     * between being found and being read is found again on the next ask, not a failure.
     */
    public void until(Duration within, Duration poll, Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, within, poll).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Waits until the page is loaded and PrimeFaces has no ajax request running or queued. */
    public void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Path screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of(System.getProperty("browser.screenshots", "target/screenshots")));
            Path file = folder.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        List<String> refused;
        try {
            refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                    .filter(m -> m.contains("Content Security Policy")).toList();
        } finally {
            driver.quit();
        }
        if (!refused.isEmpty()) {
            throw new AssertionError("the browser refused what the Content-Security-Policy does not allow: " + refused);
        }
    }

    /** Waits (up to 20 s) for a finished download whose name ends so, and returns it. */
    public Path downloaded(String suffix) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
                try (var files = Files.list(downloads)) {
                    return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (TimeoutException e) {
            throw evidence("download", e);
        }
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
