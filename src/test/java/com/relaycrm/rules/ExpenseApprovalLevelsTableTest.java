package com.relaycrm.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.expense.ApprovalChainDecision;
import com.relaycrm.expense.Approver;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** rules/expense-approval-levels.drl.csv as shipped: each row at both its edges, first match wins. */
class ExpenseApprovalLevelsTableTest {

    static DecisionTables tables;

    @BeforeAll
    static void load() {
        tables = new DecisionTables(new PathMatchingResourcePatternResolver(), "file:rules/");
    }

    @Test
    void theTableCompilesToItsRows() {
        assertThat(tables.ruleCount("expense-approval-levels")).isEqualTo(13);
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}: {4}")
    @CsvSource(delimiter = '|', value = {
            // entertainment in sales from 2000 also needs finance; below 2000 the plain sales rows apply
            "SALES-N   |                | ENTERTAINMENT | 1999.99  | group:sales-manager                              | 4",
            "SALES-N   |                | ENTERTAINMENT | 2000     | group:sales-manager,group:finance                | 3",
            "SALES-N   |                | ENTERTAINMENT | 19999.99 | group:sales-manager,group:finance                | 3",
            "SALES-N   |                | ENTERTAINMENT | 20000    | group:sales-manager,group:finance,group:admin    | 6",
            "SALES-N   |                | TRAVEL        | 0.01     | group:sales-manager                              | 4",
            "SALES-N   |                | TRAVEL        | 4999.99  | group:sales-manager                              | 4",
            "SALES-N   |                | TRAVEL        | 5000     | group:sales-manager,group:finance                | 5",
            "SALES-N   |                | MARKETING     | 19999.99 | group:sales-manager,group:finance                | 5",
            "SALES-N   |                | SAMPLE        | 20000    | group:sales-manager,group:finance,group:admin    | 6",
            "SERVICE   |                | TRAVEL        | 4999.99  | group:service-manager                            | 9",
            "SERVICE   |                | OTHER         | 5000     | group:service-manager,group:finance              | 10",
            "SERVICE   |                | ENTERTAINMENT | 19999.99 | group:service-manager,group:finance              | 10",
            "SERVICE   |                | SAMPLE        | 20000    | group:service-manager,group:finance,group:admin  | 11",
            "WAREHOUSE |                | TRAVEL        | 10       | group:finance                                    | 12",
            "HQ        |                | OTHER         | 19999.99 | group:finance                                    | 12",
            "FINANCE   |                | MARKETING     | 20000    | group:finance,group:admin                        | 13",
            // a manager's own request passes the managers' level: nobody approves their own request
            "SALES-N   | sales-manager  | TRAVEL        | 4999.99  | group:admin                                      | 1",
            "SALES-N   | sales-manager  | ENTERTAINMENT | 5000     | group:admin,group:finance                        | 2",
            "SERVICE   | service-manager| OTHER         | 100      | group:admin                                      | 7",
            "SERVICE   | service-manager| SAMPLE        | 20000    | group:admin,group:finance                        | 8",
            "SERVICE   | sales-manager  | SAMPLE        | 100      | group:service-manager                            | 9",
    })
    void chain(String department, String requesterGroup, String type, BigDecimal amount, String chain, int row) {
        ApprovalChainDecision decision = tables.decide("expense-approval-levels", new ApprovalChainDecision(
                department, type, amount, requesterGroup == null ? List.of() : List.of(requesterGroup, "sales")));
        assertThat(Approver.format(decision.getChain())).isEqualTo(chain);
        assertThat(decision.getRule()).isEqualTo("ExpenseApprovalLevels_" + (row + 10));
        assertThat(decision.getTableVersion()).isEqualTo(tables.version("expense-approval-levels"));
    }
}
