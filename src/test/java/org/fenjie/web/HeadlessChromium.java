package org.fenjie.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium driven through Debian's chromedriver, both at fixed paths, so that nothing is
 * ever downloaded at test time (Selenium Manager is never consulted). Missing binaries fail the
 * test with the install command instead of skipping it.
 */
final class HeadlessChromium {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final String INSTALL_HINT =
      "browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver fonts-noto-cjk";

  private HeadlessChromium() {}

  /** A fresh headless browser with its own throw-away profile directory. */
  static ChromeDriver start(Path profile) {
    requireBinaries();
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-default-apps",
        "--hide-scrollbars",
        "--lang=zh-CN",
        "--window-size=1280,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    return driver;
  }

  private static void requireBinaries() {
    for (Path binary : new Path[] {CHROMIUM, CHROMEDRIVER}) {
      if (!Files.isExecutable(binary)) {
        throw new IllegalStateException(binary + " is missing; " + INSTALL_HINT);
      }
    }
  }

  /** Makes the viewport a phone's (CSS width in pixels, touch, mobile layout). */
  static void emulatePhone(ChromeDriver driver, int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
  }

  static void emulateDesktop(ChromeDriver driver) {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /** Saves a PNG of the viewport under target/screenshots/ for a human to look at. */
  static Path screenshot(ChromeDriver driver, String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    File png = driver.getScreenshotAs(OutputType.FILE);
    Path out = dir.resolve(name + ".png");
    Files.copy(png.toPath(), out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return out;
  }
}
