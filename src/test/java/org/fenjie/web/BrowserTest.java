package org.fenjie.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/** Base of the browser tests: the shared server and browser, reset to a desktop viewport per test. */
@Tag("browser")
@ExtendWith(WebFixture.Extension.class)
abstract class BrowserTest {

  static WebFixture web;
  static ChromeDriver driver;

  @BeforeAll
  static void shareFixture(WebFixture fixture) {
    web = fixture;
    driver = fixture.driver();
  }

  @BeforeEach
  void desktopViewport() {
    HeadlessChromium.emulateDesktop(driver);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
