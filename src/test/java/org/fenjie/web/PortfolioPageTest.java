package org.fenjie.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The leader page: everything one leader is named on, grouped by document, ready to print. */
class PortfolioPageTest extends BrowserTest {

  private static final Pattern COUNT = Pattern.compile("共 (\\d+) 项任务");

  /** The leader named on the most rows, as the API's leader facet says. */
  static String busiestLeader(WebFixture web) throws Exception {
    JsonObject all = web.api("api/search?size=1").getAsJsonObject();
    return all.getAsJsonObject("facets").getAsJsonArray("leader").get(0).getAsJsonObject().get("value").getAsString();
  }

  /** Opens a portfolio URL and waits for the loaded summary; returns its row count. */
  static long openPortfolio(ChromeDriver driver, String url) {
    driver.get(url);
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    String status = wait.until(d -> {
      String text = d.findElement(By.cssSelector("#portfolio-view [role=status]")).getText();
      return COUNT.matcher(text).find() ? text : null;
    });
    Matcher m = COUNT.matcher(status);
    assertTrue(m.find());
    return Long.parseLong(m.group(1));
  }

  @Test
  void leaderPageListsEveryRowNamingTheLeaderGroupedByDocument() throws Exception {
    String leader = busiestLeader(web);
    String filter = "leader=" + enc(leader);
    JsonObject api = web.api("api/search?size=100&sort=doc&" + filter).getAsJsonObject();
    long expected = api.get("total").getAsLong();

    long shown = openPortfolio(driver, web.url() + "?" + filter + "&view=portfolio");
    assertEquals(expected, shown);
    assertEquals(leader, driver.findElement(By.id("portfolio-title")).getText());
    List<WebElement> rows = driver.findElements(By.cssSelector(".portfolio-table tbody tr"));
    assertEquals(expected, rows.size());
    for (WebElement row : rows) {
      String role = row.findElement(By.cssSelector(".col-role")).getText();
      assertTrue(role.contains("责任领导") || role.contains("分管领导"), "each row says how the leader is named: " + row.getText());
    }
    Set<String> documents = new HashSet<>();
    for (JsonElement hit : api.getAsJsonArray("hits")) {
      documents.add(hit.getAsJsonObject().get("region").getAsString() + "/" + hit.getAsJsonObject().get("source").getAsString());
    }
    if (expected <= 100) {
      assertEquals(documents.size(), driver.findElements(By.cssSelector(".doc-group")).size(), "one group per document");
    }
    assertFalse(driver.findElements(By.cssSelector(".portfolio-actions button")).isEmpty(), "a print button");
    HeadlessChromium.screenshot(driver, "leader-page");
  }

  @Test
  void tickingOneLeaderOffersThePortfolioAndBackReturnsToTheSearch() throws Exception {
    String leader = busiestLeader(web);
    SearchPage page = new SearchPage(driver).open(web.url() + "?leader=" + enc(leader));
    long filtered = page.total();
    driver.findElement(By.cssSelector("#results .portfolio-banner a")).click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.until(d -> d.getCurrentUrl().contains("view=portfolio"));
    wait.until(d -> COUNT.matcher(d.findElement(By.cssSelector("#portfolio-view [role=status]")).getText()).find());
    assertTrue(driver.findElement(By.id("portfolio-view")).isDisplayed());

    page.back();
    assertEquals(filtered, page.total());
    assertFalse(driver.findElement(By.id("portfolio-view")).isDisplayed());
  }
}
