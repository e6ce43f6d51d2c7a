package org.fenjie.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** At a 375 px phone width nothing scrolls sideways: results, the facet panel, a portfolio. */
class PhoneWidthTest extends BrowserTest {


  @BeforeEach
  void phone() {
    HeadlessChromium.emulatePhone(driver, 375, 812);
  }

  @Test
  void resultsAndFacetPanelFitThePhoneWidth() throws Exception {
    SearchPage page = new SearchPage(driver).open(web.url() + "?q=" + enc("海外仓"));
    assertTrue(page.hits().size() > 0);
    assertEquals(375L, ((Number) driver.executeScript("return document.documentElement.clientWidth")).longValue());
    assertEquals(0, page.horizontalOverflow(), "no sideways scroll on the results");
    HeadlessChromium.screenshot(driver, "phone-results");

    driver.findElement(By.id("facet-toggle")).click();
    assertTrue(driver.findElement(By.id("facets")).isDisplayed(), "the filter button opens the facets");
    assertEquals(0, page.horizontalOverflow(), "no sideways scroll with the facets open");
    HeadlessChromium.screenshot(driver, "phone-facets");
  }

  @Test
  void portfolioFitsThePhoneWidth() throws Exception {
    String leader = PortfolioPageTest.busiestLeader(web);
    PortfolioPageTest.openPortfolio(driver, web.url() + "?leader=" + enc(leader) + "&view=portfolio");
    assertEquals(0, new SearchPage(driver).horizontalOverflow());
    HeadlessChromium.screenshot(driver, "phone-leader-page");
  }
}
