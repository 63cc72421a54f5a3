package com.relaycrm.support;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Reads a report page (/reports/*.html) in a browser test: waits for its charts, reads bars and table cells. */
public final class ReportPage {

    private ReportPage() {
    }

    /** Opens the page and waits until the chart areas are drawn (or an error is shown). */
    public static void open(Browser browser, int port, String path, String lastArea) {
        browser.driver().get(Browser.url(port, path));
        browser.waiting().until(ExpectedConditions.attributeToBe(By.id(lastArea), "data-chart-ready", "true"));
    }

    /** The bars of one series in a chart area: category → value. */
    public static Map<String, Double> bars(Browser browser, String area, String series) {
        return browser.driver().findElements(By.cssSelector("#" + area + " .bar[data-series='" + series + "']"))
                .stream().collect(Collectors.toMap(bar -> bar.getAttribute("data-category"),
                        bar -> Double.parseDouble(bar.getAttribute("data-value"))));
    }

    /** The table's rows as lists of cell texts. */
    public static List<List<String>> rows(Browser browser, String area) {
        return browser.driver().findElements(By.cssSelector("#" + area + " tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }

    public static String error(Browser browser, String area) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#" + area + " p.error"))).getText();
    }
}
