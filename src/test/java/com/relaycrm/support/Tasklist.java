package com.relaycrm.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist 7.24 as a person uses it, in a {@link Browser}: sign in and out, pick a filter, open a task card,
 * claim, fill our Camunda Forms (text, radio, checkbox, form-js dropdown) and complete. Element locators are taken
 * from Tasklist's rendered DOM. Every step waits for the page rather than for a fixed time.
 */
public final class Tasklist {

    public static final By USERNAME = Browser.SIGN_IN_USERNAME;
    public static final By ACCOUNT_MENU = Browser.ACCOUNT_MENU;
    public static final By LOGIN_LOGO = By.cssSelector(".login-header .login-logo");
    public static final By BRAND_NAME = By.cssSelector("[cam-widget-header] .navbar-brand .brand-name");
    public static final By LOG_OUT = By.cssSelector("[cam-widget-header] li.account li.logout > a");
    public static final By NOTIFICATIONS = By.cssSelector("[notifications-panel]");
    public static final By TOOLTIP = By.cssSelector("div.tooltip");
    public static final By EOL_BANNER = By.cssSelector(".ce-eol-banner");
    public static final By TASK_LIST_CONTENT = By.cssSelector("[cam-tasks] > div[ng-if]");
    public static final By TASK_LIST_LOADED = By.cssSelector("[cam-tasks] ol.tasks-list, [cam-tasks] .well");
    public static final By TASK_CARD_LINKS = By.cssSelector("[cam-tasks] ol.tasks-list li.task h4.task a");
    public static final By TASK_DETAIL_NAME = By.cssSelector("[cam-tasklist-task] .task-card .names h2.task");
    public static final By FORM = By.cssSelector("form.fjs-form");
    public static final By CLAIM = By.cssSelector("button.claim");
    public static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");
    private static final java.time.Duration WAIT = Browser.WAIT;
    /** How long a filter switch may take to redraw the task list. */
    private static final java.time.Duration LIST_REFRESH = java.time.Duration.ofSeconds(5);

    private final Browser browser;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final int port;

    public Tasklist(Browser browser, int port) {
        this.browser = browser;
        this.driver = browser.driver();
        this.wait = browser.waiting();
        this.port = port;
    }

    public String url() {
        return Browser.url(port, "/camunda/app/tasklist/default/");
    }

    /** Opens the sign-in form unless it is showing. */
    public void openSignIn() {
        if (driver.findElements(USERNAME).isEmpty()) {
            driver.get(url());
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
    }

    /** Signs in (demo users' password is their id) and waits for the task list. */
    public void logIn(String user) {
        browser.signIn(port, user);
        wait.until(ExpectedConditions.visibilityOfElementLocated(TASK_LIST_LOADED));
    }

    public void logOut() {
        wait.until(ExpectedConditions.elementToBeClickable(ACCOUNT_MENU)).click();
        wait.until(ExpectedConditions.elementToBeClickable(LOG_OUT)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
    }

    /** Shows a filter's tasks, waiting until the list shown is that filter's rather than the one before. */
    public void showFilter(String name) {
        By item = By.xpath("//div[contains(@class,'task-filter')][.//h4[contains(@class,'name')]/a"
                + "[normalize-space(text())='" + name + "']]");
        WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(item));
        WebElement previousList = filter.getDomAttribute("class").contains("active") ? null
                : driver.findElement(TASK_LIST_CONTENT);
        // the tooltip of a filter the mouse was left on covers the filter above it
        new Actions(driver).moveToElement(driver.findElement(BRAND_NAME)).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(TOOLTIP));
        wait.until(ExpectedConditions.elementToBeClickable(filter.findElement(By.cssSelector("h4.name a")))).click();
        wait.until(ExpectedConditions.attributeContains(item, "class", "active"));
        if (previousList != null) {
            try {
                new WebDriverWait(driver, LIST_REFRESH).until(ExpectedConditions.stalenessOf(previousList));
            } catch (TimeoutException e) {
                // Tasklist sometimes updates the list in place instead of drawing it anew; what callers look for
                // (a task card by id) is waited for on its own
            }
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(TASK_LIST_LOADED));
    }

    public List<String> taskCardIds() {
        return driver.findElements(TASK_CARD_LINKS).stream()
                .map(link -> link.getDomAttribute("href").replaceFirst(".*[?&]task=([^&]+).*", "$1"))
                .toList();
    }

    public void openTaskCard(String taskId, String taskName) {
        By card = By.cssSelector("[cam-tasks] ol.tasks-list li.task h4.task a[href$='task=" + taskId + "']");
        // the list re-renders while it refreshes, so a card found a moment ago may be gone: find it again then
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement link = d.findElement(card);
                    assertThat(link.getText()).isEqualTo(taskName);
                    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", link);
                    link.click();
                    return true;
                });
        wait.until(ExpectedConditions.textToBePresentInElementLocated(TASK_DETAIL_NAME, taskName));
    }

    public void openTaskByLink(String taskId) {
        driver.get(url() + "#/?task=" + taskId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(TASK_LIST_LOADED));
    }

    public void claim() {
        wait.until(ExpectedConditions.elementToBeClickable(CLAIM)).click();
        untilOrFailWithNotifications("claiming the task", () -> {
            wait.until(ExpectedConditions.invisibilityOfElementLocated(CLAIM));
            wait.until(ExpectedConditions.elementToBeClickable(COMPLETE));
        });
    }

    /** Closes Tasklist's notifications (they cover the form's buttons), as a person clicks their ×. */
    public void dismissNotifications() {
        By close = By.cssSelector("[notifications-panel] .close");
        for (WebElement button : driver.findElements(close)) {
            if (button.isDisplayed()) {
                button.click();
            }
        }
        wait.until(d -> d.findElements(close).stream().noneMatch(WebElement::isDisplayed));
    }

    /** Presses the form's Complete button without waiting for the task to go (for completions the engine refuses). */
    public void clickComplete() {
        clickInView(COMPLETE);
    }

    /** Completes the open task form; fails with what Tasklist reported if the task does not go away. */
    public void complete(String taskId) {
        clickInView(COMPLETE);
        untilOrFailWithNotifications("completing task " + taskId, () -> {
            wait.until(ExpectedConditions.invisibilityOfElementLocated(FORM));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(
                    By.cssSelector("[cam-tasks] a[href$='task=" + taskId + "']")));
        });
    }

    private void untilOrFailWithNotifications(String action, Runnable waits) {
        try {
            waits.run();
        } catch (TimeoutException e) {
            browser.screenshot("tasklist-failed");
            throw new AssertionError("Tasklist did not finish " + action + "; its notifications: "
                    + driver.findElement(NOTIFICATIONS).getText(), e);
        }
    }

    private By formLabel(String label) {
        return By.xpath("//form[contains(@class,'fjs-form')]//label[contains(@class,'fjs-form-field-label')]"
                + "[normalize-space(text())=" + xpathLiteral(label) + "]");
    }

    /** A string literal for XPath 1.0, which has no escapes: labels such as "Customer's concern" need double quotes. */
    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    public void waitForFormField(String label) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(formLabel(label)));
    }

    public WebElement formInput(String label) {
        return driver.findElement(By.id(driver.findElement(formLabel(label)).getDomAttribute("for")));
    }

    public String formValue(String label) {
        WebElement input = formInput(label);
        wait.until(driver -> !input.getDomProperty("value").isEmpty());
        return input.getDomProperty("value");
    }

    public void chooseRadio(String label) {
        By option = By.xpath("//form[contains(@class,'fjs-form')]//label[contains(@class,'fjs-form-field-label')]"
                + "[normalize-space(.)='" + label + "']");
        select(option);
    }

    /**
     * Types into a form field until it holds the text: form-js re-renders the form when another field changes, and
     * keys typed into a field it is replacing are lost, so the value is checked and typed again if need be.
     */
    public void type(String label, String text) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement input = formInput(label);
                    if (!text.equals(input.getDomProperty("value"))) {
                        input.clear();
                        input.sendKeys(text);
                    }
                    return text.equals(formInput(label).getDomProperty("value"));
                });
    }

    /**
     * Types into several fields until all of them hold their text at once: a re-render caused by one field (its
     * value or its blur) can drop what was typed into another a moment before, so every field is looked over again
     * after the last one is typed, as a person checks a form before completing it.
     */
    public void typeAll(java.util.Map<String, String> textByLabel) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            textByLabel.forEach(this::type);
            return textByLabel.entrySet().stream()
                    .allMatch(e -> e.getValue().equals(formInput(e.getKey()).getDomProperty("value")));
        });
    }

    /** A Camunda Forms dynamic list (a table of rows), found by its label. */
    private static String listXpath(String listLabel) {
        return "//form[contains(@class,'fjs-form')]//div[@role='group'][@aria-labelledby = "
                + "//*[normalize-space(text())=" + xpathLiteral(listLabel) + "]/@id]";
    }

    /** How many rows a dynamic list shows. */
    public int listRows(String listLabel) {
        return driver.findElements(By.xpath(listXpath(listLabel)
                + "//div[contains(@class,'fjs-repeat-row-container')]")).size();
    }

    /** Adds a row to a dynamic list with its "Add new" button, as a person adds a part. */
    public void addListRow(String listLabel) {
        int before = listRows(listLabel);
        clickInView(By.xpath(listXpath(listLabel) + "//button[contains(@class,'fjs-repeat-render-add')]"));
        wait.until(d -> listRows(listLabel) == before + 1);
    }

    /** The input of a field in a row (1 = the first) of a dynamic list. */
    public WebElement listInput(String listLabel, int row, String label) {
        WebElement labelElement = driver.findElement(By.xpath("(" + listXpath(listLabel)
                + "//div[contains(@class,'fjs-repeat-row-container')])[" + row + "]"
                + "//label[contains(@class,'fjs-form-field-label')][normalize-space(text())=" + xpathLiteral(label) + "]"));
        return driver.findElement(By.id(labelElement.getDomAttribute("for")));
    }

    /** Types into a field of a row of a dynamic list until it holds the text (see {@link #type}). */
    public void typeInRow(String listLabel, int row, String label, String text) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement input = listInput(listLabel, row, label);
            if (!text.equals(input.getDomProperty("value"))) {
                input.clear();
                input.sendKeys(text);
            }
            return text.equals(listInput(listLabel, row, label).getDomProperty("value"));
        });
    }

    /**
     * Types into the cells of a dynamic list's rows (the first map is row 1) and into the form's other fields until
     * all of them hold their text at once, as {@link #typeAll} does: a re-render can drop what was typed before it.
     */
    public void typeAllWithRows(String listLabel, List<java.util.Map<String, String>> rows,
                                java.util.Map<String, String> textByLabel) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            for (int row = 1; row <= rows.size(); row++) {
                int at = row;
                rows.get(row - 1).forEach((label, text) -> typeInRow(listLabel, at, label, text));
            }
            typeAll(textByLabel);
            for (int row = 1; row <= rows.size(); row++) {
                for (java.util.Map.Entry<String, String> cell : rows.get(row - 1).entrySet()) {
                    if (!cell.getValue().equals(listInput(listLabel, row, cell.getKey()).getDomProperty("value"))) {
                        return false;
                    }
                }
            }
            return textByLabel.entrySet().stream()
                    .allMatch(e -> e.getValue().equals(formInput(e.getKey()).getDomProperty("value")));
        });
    }

    /** A radio option within the radio group with the given label (several groups may offer "Yes"). */
    public void chooseRadio(String group, String option) {
        By choice = By.xpath("//form[contains(@class,'fjs-form')]//div[contains(@class,'fjs-form-field-radio')]"
                + "[.//label[normalize-space(text())='" + group + "']]//label[normalize-space(.)='" + option + "']");
        select(choice);
    }

    public void tick(String label) {
        select(formLabel(label));
    }

    /**
     * Clicks the label of a radio button or checkbox until its input is selected: a click that only moves the focus
     * out of a text field (form-js re-renders on that blur) can be lost, as a person would simply click again.
     */
    private void select(By label) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement input = d.findElement(By.id(d.findElement(label).getDomAttribute("for")));
                    if (!input.isSelected()) {
                        clickInView(label);
                    }
                    return input.isSelected();
                });
    }

    /** form-js draws its select as a dropdown list of its own, not a native select element. */
    public void chooseOption(String label, String option) {
        By field = By.xpath("//form[contains(@class,'fjs-form')]//div[contains(@class,'fjs-form-field-select')]"
                + "[.//label[normalize-space(text())='" + label + "']]");
        By search = By.xpath(field.toString().substring("By.xpath: ".length()) + "//input[contains(@class,'fjs-input')]");
        boolean searchable = !driver.findElements(search).isEmpty();
        openDropdown(label);
        if (searchable) {
            // a long list: typing filters it down to the option, as a person searches by name or code
            WebElement input = driver.findElement(search);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), option);
        }
        clickInView(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + option + "']"));
        if (searchable) {
            wait.until(d -> option.equals(d.findElement(search).getDomProperty("value")));
        } else {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(field, option));
        }
    }

    /** The options a form-js select offers, as its dropdown list shows them (left open for {@link #chooseOption}). */
    public List<String> options(String label) {
        openDropdown(label);
        return driver.findElements(DROPDOWN_ITEMS).stream().map(item -> item.getDomProperty("textContent").trim())
                .toList();
    }

    private static final By DROPDOWN_ITEMS = By.cssSelector("div.fjs-dropdownlist-item");

    /**
     * Opens a select's dropdown list unless it is open: a click on an open one closes it, and one that lands while
     * the select still holds the focus from an earlier choice can leave it closed, so it is clicked until it shows.
     */
    private void openDropdown(String label) {
        By group = By.xpath("//form[contains(@class,'fjs-form')]//div[contains(@class,'fjs-form-field-select')]"
                + "[.//label[normalize-space(text())='" + label + "']]//div[contains(@class,'fjs-input-group')]");
        new WebDriverWait(driver, WAIT).pollingEvery(java.time.Duration.ofSeconds(1))
                .ignoring(StaleElementReferenceException.class).until(d -> {
                    if (d.findElements(DROPDOWN_ITEMS).stream().noneMatch(WebElement::isDisplayed)) {
                        clickInView(group);
                    }
                    return d.findElements(DROPDOWN_ITEMS).stream().anyMatch(WebElement::isDisplayed);
                });
    }

    /** Scrolls the element to the middle of the window first, where Tasklist's fixed footer cannot cover it. */
    private void clickInView(By locator) {
        WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    public String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }
}
