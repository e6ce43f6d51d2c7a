package org.fenjie.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/** The search page in a real browser against a real fenjie server over the seed documents. */
class SearchPageTest extends BrowserTest {

  /** A query that matches many rows in several counties, so its unit facet has a choice. */
  static final String BROAD_QUERY = "产业";

  private SearchPage page;

  @BeforeEach
  void searchPage() {
    page = new SearchPage(driver);
  }

  @Test
  void searchShowsHighlightedRowsFromSeveralCountiesWithTheApiTotal() throws Exception {
    driver.manage().logs().get(LogType.BROWSER); // drop what earlier tests logged
    page.open(web.url()).search("海外仓");

    var api = web.api("api/search?q=" + enc("海外仓")).getAsJsonObject();
    long apiTotal = api.get("total").getAsLong();
    assertEquals(apiTotal, page.total());
    assertEquals(Math.min(apiTotal + api.get("relatedTotal").getAsLong(), 20), page.hits().size(), "exact hits, then related ones");
    assertTrue(page.facet("region").size() >= 2, "海外仓 is promised in several counties: " + page.facet("region"));
    List<String> marked = driver.findElements(By.cssSelector("#results .task mark")).stream().map(WebElement::getText).toList();
    assertFalse(marked.isEmpty(), "matched words are highlighted");
    assertTrue(marked.stream().allMatch("海外仓"::contains), "only the query's words are marked: " + marked);
    assertTrue(driver.getCurrentUrl().contains("q=" + enc("海外仓")), driver.getCurrentUrl());
    assertTrue(page.hits().get(0).getText().contains("责任单位"), "a hit names its units");
    assertFalse(driver.findElement(By.id("suggest-list")).isDisplayed(), "suggestions close when the search runs");
    HeadlessChromium.screenshot(driver, "search-page");

    List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertTrue(errors.isEmpty(), "no script errors or CSP violations: " + errors);
  }

  @Test
  void laterTiersComeUnderAQuietDividerAndATypoGetsADidYouMean() {
    page.open(web.url()).search("跨境电商 海外仓建设");
    List<WebElement> dividers = driver.findElements(By.cssSelector("#results .related-divider"));
    assertEquals(1, dividers.size());
    assertEquals("以下为相关结果", dividers.get(0).getText());
    page.open(web.url()).search("低空经记");
    assertTrue(driver.findElement(By.cssSelector("#results .did-you-mean")).getText().contains("低空经济"));
    driver.findElement(By.cssSelector("#results .did-you-mean a")).click();
    page.settled();
    assertTrue(driver.getCurrentUrl().contains("q=" + enc("低空经济")), driver.getCurrentUrl());
  }

  @Test
  void tickingUnitsNarrowsAndWidensWithDrillSidewaysCountsAndBackUndoesEachStep() throws Exception {
    page.open(web.url() + "?q=" + enc(BROAD_QUERY));
    long all = page.total();
    Map<String, Integer> units = page.facet("unit");
    List<String> narrower = units.entrySet().stream().filter(e -> e.getValue() > 0 && e.getValue() < all).map(Map.Entry::getKey).toList();
    assertTrue(narrower.size() >= 2, "need two units that each narrow the search: " + units);
    String first = narrower.get(0);
    String second = narrower.get(1);
    Map<String, Integer> regionsBefore = page.facet("region");

    page.toggle("unit", first);
    long narrowed = page.total();
    assertEquals(units.get(first).longValue(), narrowed, "the unit's count was the number of rows it leads to");
    assertTrue(narrowed < all);
    assertNotEquals(regionsBefore, page.facet("region"), "other facets count only the narrowed rows");
    assertEquals(units.get(second), page.facet("unit").get(second), "a facet's own counts ignore its own filter");
    assertTrue(page.chips().stream().anyMatch(c -> c.contains(first)), "the filter shows as a chip: " + page.chips());

    page.toggle("unit", second);
    long widened = page.total();
    assertTrue(widened > narrowed, "a second unit in the same facet widens (OR)");
    long apiBoth = web.api("api/search?q=" + enc(BROAD_QUERY) + "&unit=" + enc(first) + "&unit=" + enc(second))
        .getAsJsonObject().get("total").getAsLong();
    assertEquals(apiBoth, widened);

    page.back();
    assertEquals(narrowed, page.total());
    assertTrue(page.ticked("unit", first));
    assertFalse(page.ticked("unit", second));
    page.back();
    assertEquals(all, page.total());
    assertTrue(page.chips().isEmpty());

    driver.navigate().forward();
    page.settled();
    driver.navigate().refresh();
    page.settled();
    assertEquals(narrowed, page.total(), "a reload shows the same state");
    assertTrue(page.ticked("unit", first));
  }

  @Test
  void theKeyboardTicksAFacetAndFocusStaysOnTheBoxAfterTheResultsChange() {
    page.open(web.url() + "?q=" + enc(BROAD_QUERY));
    long all = page.total();
    WebElement filter = driver.findElement(By.cssSelector("#facets section[data-dim='unit'] .facet-filter"));
    filter.sendKeys(Keys.TAB);
    WebElement focused = driver.switchTo().activeElement();
    String key = focused.getDomAttribute("data-focus-key");
    assertTrue(key != null && key.startsWith("facet:unit:"), "Tab from the filter box reaches the first unit: " + key);
    String before = driver.getCurrentUrl();
    focused.sendKeys(Keys.SPACE);
    page.waiting().until(d -> !before.equals(d.getCurrentUrl()));
    page.settled();
    assertTrue(page.total() < all, "the space bar ticked the unit");
    assertEquals(key, driver.switchTo().activeElement().getDomAttribute("data-focus-key"), "focus is back on the same box");
  }

  @Test
  void theFilterBoxFindsAUnitBeyondTheShortListAndTicksIt() throws Exception {
    page.open(web.url());
    String wanted = "住建";
    driver.findElement(By.cssSelector("#facets section[data-dim='unit'] .facet-filter")).sendKeys(wanted);
    Map<String, Integer> found = page.waiting().until(d -> {
      Map<String, Integer> shown = page.facet("unit");
      return !shown.isEmpty() && shown.keySet().stream().allMatch(v -> v.contains(wanted)) ? shown : null;
    });
    String unit = found.keySet().iterator().next();
    page.toggle("unit", unit);
    assertEquals(found.get(unit).longValue(), page.total(), "the count next to the unit was right");
    long api = web.api("api/search?unit=" + enc(unit)).getAsJsonObject().get("total").getAsLong();
    assertEquals(api, page.total());
  }

  @Test
  void clickingAUnitInAResultFiltersByItAndItsChipRemovesIt() {
    page.open(web.url() + "?q=" + enc("海外仓"));
    long before = page.total();
    WebElement unit = page.hits().get(0).findElement(By.cssSelector(".name-unit"));
    String name = unit.getText();
    unit.click();
    page.waiting().until(d -> d.getCurrentUrl().contains("unit="));
    page.settled();
    assertTrue(page.ticked("unit", name) || page.chips().stream().anyMatch(c -> c.contains(name)), "filtered by " + name);
    assertTrue(page.total() <= before);

    driver.findElement(By.cssSelector("#chips .chip")).click();
    page.waiting().until(d -> !d.getCurrentUrl().contains("unit="));
    page.settled();
    assertEquals(before, page.total());
  }

  @Test
  void suggestionsAppearMarkedWithTheirKindAndTheKeyboardPicksOne() {
    page.open(web.url());
    List<WebElement> options = page.suggestionsFor("陈");
    assertFalse(options.isEmpty());
    Set<String> kinds = Set.of("领导", "单位", "词语");
    for (WebElement option : options) {
      String kind = option.findElement(By.cssSelector(".suggestion-type")).getText();
      assertTrue(kinds.contains(kind), "each suggestion says what it is: " + option.getText());
    }
    String firstText = options.get(0).findElement(By.cssSelector(".suggestion-text")).getText();
    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys(Keys.ARROW_DOWN);
    assertEquals("suggest-0", box.getDomAttribute("aria-activedescendant"));
    String before = driver.getCurrentUrl();
    box.sendKeys(Keys.ENTER);
    page.waiting().until(d -> !before.equals(d.getCurrentUrl()));
    page.settled();
    assertTrue(driver.getCurrentUrl().contains(enc(firstText)), "the picked suggestion drives the search: " + driver.getCurrentUrl());
    assertTrue(page.total() > 0);
  }

  @Test
  void aSuggestionCompletesTheLastWordAndKeepsTheWordsBeforeIt() {
    page.open(web.url());
    // 海外 alone is a word smartcn knows; the mined phrase 海外仓 is what a user means.
    List<WebElement> options = page.suggestionsFor("乡村振兴 海外");
    WebElement compound = options.stream()
        .filter(o -> o.findElement(By.cssSelector(".suggestion-text")).getText().equals("海外仓"))
        .findFirst().orElseThrow(() -> new AssertionError("海外仓 is offered for the last word"));
    String before = driver.getCurrentUrl();
    compound.click();
    page.waiting().until(d -> !before.equals(d.getCurrentUrl()));
    page.settled();
    assertEquals("乡村振兴 海外仓", driver.findElement(By.id("q")).getDomProperty("value"));
    assertTrue(driver.getCurrentUrl().contains("q=" + enc("乡村振兴 海外仓")), driver.getCurrentUrl());
  }

  @Test
  void exportLinkDownloadsTheCurrentQueryAndFiltersAsCsv() throws Exception {
    page.open(web.url() + "?q=" + enc("海外仓"));
    String region = page.facet("region").keySet().iterator().next();
    page.toggle("region", region);
    String href = page.exportLink().getDomProperty("href");
    assertTrue(href.contains("/api/export?"), href);
    assertTrue(href.contains("q=" + enc("海外仓")) && href.contains("region=" + enc(region)), href);

    HttpResponse<String> csv = web.get(href);
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(csv.body().startsWith("\uFEFF"), "a byte-order mark so Excel reads UTF-8");
    assertEquals(page.total(), CsvRecords.count(csv.body()) - 1, "one record per matching row, plus the header");
  }

  @Test
  void pagingAndSortingAreStepsInTheUrl() {
    page.open(web.url() + "?q=" + enc(BROAD_QUERY));
    assertTrue(page.total() > 20, "the broad query fills more than one page");
    String firstOnPageOne = page.hits().get(0).getText();
    String before = driver.getCurrentUrl();
    driver.findElement(By.cssSelector("#pager a[rel=next]")).click();
    page.waiting().until(d -> !before.equals(d.getCurrentUrl()));
    page.settled();
    assertTrue(driver.getCurrentUrl().contains("page=2"), driver.getCurrentUrl());
    assertEquals("2", driver.findElement(By.cssSelector("#pager [aria-current=page]")).getText());
    assertNotEquals(firstOnPageOne, page.hits().get(0).getText());

    String onPageTwo = driver.getCurrentUrl();
    new Select(driver.findElement(By.id("sort"))).selectByValue("doc");
    page.waiting().until(d -> !onPageTwo.equals(d.getCurrentUrl()));
    page.settled();
    assertTrue(driver.getCurrentUrl().contains("sort=doc") && !driver.getCurrentUrl().contains("page="),
        "a new sort starts again at page 1: " + driver.getCurrentUrl());
    page.back();
    assertTrue(driver.getCurrentUrl().contains("page=2"));
  }

  @Test
  void resultsLoadWithoutShiftingTheLayout() {
    page.open(web.url() + "?q=" + enc(BROAD_QUERY));
    Object shift = driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => setTimeout(() => done(total), 0));
        """);
    double cls = ((Number) shift).doubleValue();
    assertTrue(cls < 0.1, "cumulative layout shift " + cls + " (0.1 is the web's 'good' threshold)");
  }

  @Test
  void noMatchGivesAnEmptyStateWithAHint() {
    page.open(web.url()).search("量子纠缠火星基地");
    assertEquals(0, page.total());
    WebElement empty = driver.findElement(By.cssSelector(".state-empty"));
    assertTrue(empty.getText().contains("没有找到"), empty.getText());
    assertFalse(empty.findElements(By.cssSelector("a.example-link")).isEmpty(), "offers example searches");
  }

  @Test
  void anUnreachableServerGivesAnErrorStateWithRetry() {
    page.open(web.url() + "?q=" + enc("海外仓"));
    driver.executeScript("window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));");
    page.search("养老");
    WebElement error = driver.findElement(By.cssSelector(".state-error"));
    assertTrue(error.getText().contains("无法连接"), error.getText());
    assertFalse(error.findElements(By.tagName("button")).isEmpty(), "offers a retry");
  }

  @Test
  void glossaryTermExplainsItself() throws Exception {
    JsonObject answer = web.api("api/search?q=" + enc("四上")).getAsJsonObject();
    if (answer.getAsJsonArray("glossary").isEmpty()) {
      throw new AssertionError("the seeds' 附注 explain 四上, but the API gave no glossary entry: " + answer);
    }
    page.open(web.url() + "?q=" + enc("四上"));
    WebElement box = driver.findElement(By.cssSelector("#results .glossary"));
    assertTrue(box.getText().contains("四上"), box.getText());
  }
}
