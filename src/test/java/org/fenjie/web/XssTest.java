package org.fenjie.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * A row whose text carries markup (from the test document {@link FenjieTestServer} adds) shows
 * that markup as text and runs none of it: on the page, in the portfolio and in the widget.
 */
class XssTest extends BrowserTest {


  private void assertNothingRan() {
    assertNull(driver.executeScript("return window.__xss === undefined ? null : String(window.__xss)"), "no injected script ran");
  }

  @Test
  void markupInTaskTextShowsAsTextOnTheSearchPage() {
    SearchPage page = new SearchPage(driver).open(web.url() + "?q=" + enc(FenjieTestServer.XSS_WORD));
    assertEquals(1, page.total());
    WebElement task = page.hits().get(0).findElement(By.cssSelector(".task"));
    assertTrue(task.getText().contains(FenjieTestServer.XSS_SCRIPT), task.getText());
    assertTrue(task.getText().contains(FenjieTestServer.XSS_IMAGE), task.getText());
    List<WebElement> injected = driver.findElements(By.cssSelector("#results script, #results img, #results [onerror]"));
    assertTrue(injected.isEmpty(), "no element was made from row text");
    assertNothingRan();

    page.hits().get(0).findElement(By.cssSelector(".hit-foot button")).click();
    assertNothingRan();
  }

  @Test
  void markupInTaskTextShowsAsTextInThePortfolio() {
    String unit = FenjieTestServer.XSS_UNIT;
    PortfolioPageTest.openPortfolio(driver, web.url() + "?unit=" + enc(unit) + "&view=portfolio");
    String table = driver.findElement(By.cssSelector(".portfolio-table")).getText();
    assertTrue(table.contains(FenjieTestServer.XSS_SCRIPT), table);
    assertTrue(driver.findElements(By.cssSelector("#portfolio-view script, #portfolio-view img")).isEmpty());
    assertNothingRan();
  }

  @Test
  void markupInTaskTextShowsAsTextInTheWidget() throws Exception {
    String attributes = "q=\"" + FenjieTestServer.XSS_WORD + "\"";
    try (HostPageServer host = new HostPageServer(WidgetTest.hostPage(web.url(), attributes))) {
      driver.get(host.url());
      SearchContext widget = WidgetTest.renderedWidget(driver);
      String text = widget.findElement(By.cssSelector("li .task")).getText();
      assertTrue(text.contains(FenjieTestServer.XSS_SCRIPT), text);
      assertTrue(widget.findElements(By.cssSelector("script, img")).isEmpty(), "no element was made from row text");
      assertNothingRan();
    }
  }
}
