package org.fenjie.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The widget on somebody else's site (another origin): it fetches across origins, shows results,
 * and neither the host page's CSS nor its own leaks across the shadow boundary.
 */
class WidgetTest extends BrowserTest {

  /** A hostile-looking host stylesheet: it restyles everything it can reach. */
  static final String HOST_CSS = """
      * { color: rgb(255, 0, 0) !important; font-size: 30px; font-family: serif; }
      mark { background-color: rgb(0, 255, 0); }
      a { text-decoration: line-through; }
      li { list-style: square; }
      input { border: 5px solid rgb(0, 0, 255); }
      """;


  static String hostPage(String fenjie, String widgetAttributes) {
    return """
        <!doctype html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>某县人民政府门户网站</title>
        <link rel="icon" href="data:,">
        <style>%s</style>
        <script src="%swidget.js" defer></script></head>
        <body>
        <h1>某县人民政府</h1>
        <p id="host-text">本站正文<mark id="host-mark">本站标记</mark></p>
        <button id="host-button">本站按钮</button>
        <fenjie-search %s></fenjie-search>
        </body></html>
        """.formatted(HOST_CSS, fenjie, widgetAttributes);
  }

  /** The widget's shadow root once it shows at least one result. */
  static SearchContext renderedWidget(ChromeDriver driver) {
    WebElement host = new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.tagName("fenjie-search")));
    return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
      SearchContext root = host.getShadowRoot();
      return root.findElements(By.cssSelector("li a")).isEmpty() ? null : root;
    });
  }

  @Test
  void widgetOnAnotherOriginShowsResultsLinkingToTheFullPage() throws Exception {
    try (HostPageServer host = new HostPageServer(hostPage(web.url(), "region=\"晋江市\" q=\"海外仓\" count=\"3\""))) {
      assertNotEquals(host.url(), web.url(), "the host page is another origin");
      driver.get(host.url());
      SearchContext widget = renderedWidget(driver);

      List<WebElement> links = widget.findElements(By.cssSelector("li a"));
      assertTrue(links.size() >= 1 && links.size() <= 3, "count=3 caps the results: " + links.size());
      assertFalse(widget.findElements(By.cssSelector("li mark")).isEmpty(), "results carry highlights");
      String href = links.get(0).getDomProperty("href");
      assertTrue(href.startsWith(web.url()), "links go to the fenjie host: " + href);
      assertTrue(href.contains("q=" + enc("海外仓")) && href.contains("region=" + enc("晋江市")), href);
      for (WebElement region : widget.findElements(By.cssSelector(".region"))) {
        assertEquals("晋江市", region.getText(), "the preset region filter applies");
      }
      HeadlessChromium.screenshot(driver, "widget-embedded");

      driver.executeScript("document.querySelector('fenjie-search').setAttribute('q', arguments[0])", "养老");
      new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> (Boolean) driver.executeScript(
          "return [...document.querySelector('fenjie-search').shadowRoot.querySelectorAll('li mark')]"
              + ".some((m) => m.textContent.includes(arguments[0]))", "养老"));
    }
  }

  @Test
  void hostStylesDoNotReachTheWidgetAndWidgetStylesDoNotReachTheHost() throws Exception {
    try (HostPageServer host = new HostPageServer(hostPage(web.url(), "q=\"海外仓\""))) {
      driver.get(host.url());
      renderedWidget(driver);
      String inWidget = "return getComputedStyle(document.querySelector('fenjie-search').shadowRoot.querySelector(arguments[0]))[arguments[1]];";
      assertNotEquals("rgb(255, 0, 0)", (String) driver.executeScript(inWidget, ".task", "color"), "host colour stays out");
      assertNotEquals("30px", (String) driver.executeScript(inWidget, ".task", "fontSize"), "host font size stays out");
      assertNotEquals("rgb(0, 255, 0)", (String) driver.executeScript(inWidget, "li mark", "backgroundColor"), "host mark style stays out");
      assertNotEquals("rgb(0, 0, 255)", (String) driver.executeScript(inWidget, "input", "borderTopColor"), "host input style stays out");

      String onHost = "return getComputedStyle(document.getElementById(arguments[0]))[arguments[1]];";
      assertEquals("rgb(0, 255, 0)", (String) driver.executeScript(onHost, "host-mark", "backgroundColor"), "widget mark style stays in");
      assertEquals("30px", (String) driver.executeScript(onHost, "host-text", "fontSize"));
      String hostButton = (String) driver.executeScript(onHost, "host-button", "backgroundColor");
      String widgetButton = (String) driver.executeScript(inWidget, "button", "backgroundColor");
      assertNotEquals(widgetButton, hostButton, "widget button style stays in");
      assertEquals(0L, ((Number) driver.executeScript("return document.querySelectorAll('style').length - 1")).longValue(),
          "the widget adds no stylesheet to the host document");
    }
  }

  @Test
  void widgetOnTheFenjieDemoPageWorksAndShowsTheSnippet() {
    driver.get(web.url() + "embed.html");
    SearchContext widget = renderedWidget(driver);
    assertFalse(widget.findElements(By.cssSelector("li a")).isEmpty());
    String snippet = driver.findElement(By.id("snippet")).getText();
    assertTrue(snippet.contains("<script src=\"" + web.url() + "widget.js\" defer></script>"), snippet);
    assertTrue(snippet.contains("<fenjie-search"), snippet);
  }

  @Test
  void aMatchLateInALongPassageIsStillInsideTheClampedLines() throws Exception {
    // The 2024 review paragraph names 海外仓 after ~90 characters; three narrow lines would hide it.
    try (HostPageServer host = new HostPageServer(hostPage(web.url(), "region=\"晋江市\" q=\"海外仓\" count=\"5\" style=\"display:block;width:320px\""))) {
      driver.get(host.url());
      renderedWidget(driver);
      Object hidden = driver.executeScript("""
          return [...document.querySelector('fenjie-search').shadowRoot.querySelectorAll('.task')]
            .filter((task) => task.querySelector('mark'))
            .filter((task) => task.querySelector('mark').getBoundingClientRect().top
                               >= task.getBoundingClientRect().bottom)
            .map((task) => task.textContent);""");
      assertEquals(List.of(), hidden, "every result shows its first match");
    }
  }
}
