package com.relaycrm.expense;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.ReportPeriod;
import com.relaycrm.common.Viewer;
import com.relaycrm.expense.ExpenseCommands.NewExpense;
import com.relaycrm.expense.internal.ExpenseReports;
import com.relaycrm.support.Browser;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayIntegrationTest;
import com.relaycrm.support.ReportPage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The expenses report page (/reports/expenses.html): requests, amounts and payments per department and type as
 * the service adds them up, for finance; a rep is told the report is not for them.
 */
@RelayIntegrationTest
class ExpenseTotalsPageBrowserTest {

    @TempDir
    Path profile;
    @LocalServerPort
    int port;
    @Autowired
    ExpenseService expenses;
    @Autowired
    ExpenseReports reports;

    @BeforeAll
    static void chromium() {
        Browser.requireChromium();
    }

    @Test
    void financeSeesTotalsPerDepartmentAndType() {
        expenses.submit(new NewExpense("SALES-N", ExpenseType.MARKETING, new BigDecimal("3210.50"), null,
                "Trade fair booth", null, null), new Viewer("sales1", List.of("sales")));
        ExpenseReports.ExpenseTotals expected = reports.byDepartmentAndType(ReportPeriod.of(null, null),
                Fixtures.ADMIN);
        assertThat(expected.rows()).anySatisfy(row -> {
            assertThat(row.departmentCode()).isEqualTo("SALES-N");
            assertThat(row.type()).isEqualTo(ExpenseType.MARKETING);
        });

        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "finance1");
            ReportPage.open(browser, port, "/reports/expenses.html", "figures");
            browser.screenshot("report-expenses");
            assertThat(ReportPage.rows(browser, "figures")).isEqualTo(expected.rows().stream().map(row -> List.of(
                    row.departmentCode(), row.type().name(), row.currency(), String.format("%,d", row.requests()),
                    String.format("%,.2f", row.amount()).replaceAll("\\.?0+$", ""),
                    row.paid().signum() == 0 ? "0" : String.format("%,.2f", row.paid()).replaceAll("\\.?0+$", "")))
                    .toList());
        }
    }

    @Test
    void repIsToldTheReportIsNotForThem() {
        try (Browser browser = Browser.start(profile, null)) {
            browser.signIn(port, "sales1");
            browser.driver().get(Browser.url(port, "/reports/expenses.html"));
            assertThat(ReportPage.error(browser, "by-department")).isEqualTo("You are not allowed to see this report.");
        }
    }
}
