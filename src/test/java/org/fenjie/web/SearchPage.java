package org.fenjie.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page as a user sees it: what to type and click, and what it then shows. */
final class SearchPage {

  private static final Pattern TOTAL = Pattern.compile("共 (\\d+) 条结果");
  private final ChromeDriver driver;
  private final WebDriverWait wait;

  SearchPage(ChromeDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Opens a page URL and waits until its answer is on screen. */
  SearchPage open(String url) {
    driver.get(url);
    return settled();
  }

  /** Types a query into the box and presses Enter. */
  SearchPage search(String q) {
    WebElement box = driver.findElement(By.id("q"));
    box.clear();
    box.sendKeys(q);
    String before = driver.getCurrentUrl();
    box.sendKeys(Keys.ENTER);
    wait.until(d -> !before.equals(d.getCurrentUrl()));
    return settled();
  }

  /** Waits until no search is in flight and the summary or an error is showing. */
  SearchPage settled() {
    wait.until(d -> {
      String busy = d.findElement(By.id("results")).getDomAttribute("aria-busy");
      String summary = d.findElement(By.id("summary")).getText();
      return "false".equals(busy) && (TOTAL.matcher(summary).find() || summary.contains("失败"));
    });
    return this;
  }

  long total() {
    Matcher m = TOTAL.matcher(driver.findElement(By.id("summary")).getText());
    if (!m.find()) throw new AssertionError("no total in: " + driver.findElement(By.id("summary")).getText());
    return Long.parseLong(m.group(1));
  }

  List<WebElement> hits() {
    return driver.findElements(By.cssSelector("#results .hit:not(.skeleton)"));
  }

  /** Value → count of one facet in the sidebar, in the order shown (read in one go, so a re-render cannot tear it). */
  Map<String, Integer> facet(String dim) {
    List<?> rows = (List<?>) driver.executeScript("""
        return [...document.querySelectorAll(`#facets section[data-dim='${arguments[0]}'] li[data-value]`)]
          .map((li) => [li.dataset.value, li.querySelector('.count')?.textContent.replace(/\\D/g, '') || '-1']);
        """, dim);
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Object row : rows) {
      List<?> pair = (List<?>) row;
      counts.put((String) pair.get(0), Integer.parseInt((String) pair.get(1)));
    }
    return counts;
  }

  /** Ticks or unticks one facet value and waits for the new answer. */
  SearchPage toggle(String dim, String value) {
    String before = driver.getCurrentUrl();
    WebElement box = driver.findElement(By.cssSelector(
        "#facets section[data-dim='" + dim + "'] li[data-value='" + value.replace("'", "\\'") + "'] input"));
    box.click();
    wait.until(d -> !before.equals(d.getCurrentUrl()));
    return settled();
  }

  boolean ticked(String dim, String value) {
    List<WebElement> boxes = driver.findElements(By.cssSelector(
        "#facets section[data-dim='" + dim + "'] li[data-value='" + value.replace("'", "\\'") + "'] input"));
    return !boxes.isEmpty() && boxes.get(0).isSelected();
  }

  /** The removable chips, as their visible text. */
  List<String> chips() {
    return driver.findElements(By.cssSelector("#chips .chip")).stream().map(WebElement::getText).toList();
  }

  SearchPage back() {
    String before = driver.getCurrentUrl();
    driver.navigate().back();
    wait.until(d -> !before.equals(d.getCurrentUrl()));
    return settled();
  }

  WebElement exportLink() {
    return driver.findElement(By.id("export-link"));
  }

  /** Types into the box without submitting and returns the suggestion options once shown. */
  List<WebElement> suggestionsFor(String text) {
    WebElement box = driver.findElement(By.id("q"));
    box.clear();
    box.sendKeys(text);
    wait.until(ExpectedConditions.attributeToBe(box, "aria-expanded", "true"));
    return driver.findElements(By.cssSelector("#suggest-list [role=option]"));
  }

  /** Document width beyond the viewport, in CSS pixels (0 when nothing scrolls sideways). */
  long horizontalOverflow() {
    Object overflow = ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    return ((Number) overflow).longValue();
  }

  WebDriverWait waiting() {
    return wait;
  }
}
