package vn.thidua.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One user's browser session: Debian's headless Chromium, its own profile (own sessionStorage). */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS =
      Path.of(System.getProperty("thidua.screenshots", "target/screenshots"));

  final ChromeDriver driver;
  private final String uiUrl;

  Browser(String uiUrl) {
    this.uiUrl = uiUrl;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--lang=vi");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
  }

  static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  void login(String user) {
    driver.get(uiUrl);
    WebElement name = waitFor(By.id("login-user"));
    name.sendKeys(user);
    driver.findElement(By.id("login-password")).sendKeys("thidua-local");
    driver.findElement(By.cssSelector("[data-testid=login] button[type=submit]")).click();
    waitFor(By.cssSelector("nav a[data-page]"));
  }

  void open(String page) {
    driver.findElement(By.cssSelector("nav a[data-page=" + page + "]")).click();
    waitFor(By.cssSelector("[data-testid=page-" + page + "]"));
  }

  WebElement waitFor(By locator) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** A wait that retries while the page re-renders what it was reading (live updates do). */
  WebDriverWait waiting(Duration timeout) {
    WebDriverWait wait = new WebDriverWait(driver, timeout);
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  /** The input named `name` in the form with data-testid `form`. */
  WebElement field(String form, String name) {
    return driver.findElement(By.cssSelector("[data-testid=" + form + "] [name='" + name + "']"));
  }

  void type(String form, String name, String value) {
    WebElement input = field(form, name);
    input.clear();
    input.sendKeys(value);
  }

  /** Date inputs take keystrokes in the browser's locale; setting the value is locale-proof. */
  void date(String form, String name, String isoDate) {
    driver.executeScript("arguments[0].value = arguments[1]", field(form, name), isoDate);
  }

  void choose(String form, String name, String value) {
    new Select(field(form, name)).selectByValue(value);
  }

  /** Submits and waits for the form's answer (saved, or a problem). */
  String submit(String form) {
    driver.findElement(By.cssSelector("[data-testid=" + form + "] button[type=submit]")).click();
    return waitFor(By.cssSelector("[data-testid=" + form + "] .result p")).getText();
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
