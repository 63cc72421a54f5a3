package com.relaycrm.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.Viewer;
import com.relaycrm.sales.SalesFixtures;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewOpportunity;
import com.relaycrm.support.RelayIntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The funnel added up by the database agrees with the same figures added up opportunity by opportunity from what the
 * viewer may see, for every grouping and period, for a manager (all) and a rep (their own).
 */
@RelayIntegrationTest
class FunnelServiceTest {

    @Autowired FunnelService funnel;
    @Autowired OpportunityService opportunities;
    @Autowired SalesFixtures sales;

    @Test
    void everyGroupingAndPeriodMatchesTheOpportunitiesOneByOne() {
        String department = sales.department();
        String rep = sales.rep(department, 20);
        Viewer viewer = sales.viewer(rep);
        var customer = sales.customerOf(rep, department);
        String[] amounts = {"1000.00", "2500.40", "333.20", "12000.00"};
        for (int i = 0; i < amounts.length; i++) {
            opportunities.open(new NewOpportunity(customer.getId(), "Deal " + i, new BigDecimal(amounts[i]),
                    i == 3 ? null : LocalDate.now().plusMonths(i)), viewer);
        }
        Viewer manager = new Viewer("salesmgr1", List.of("sales-manager", "sales"));
        LocalDate today = LocalDate.now();
        LocalDate[][] periods = {{null, null}, {today, null}, {null, today.plusMonths(1)},
                {today.plusMonths(1), today.plusMonths(2)}};
        for (Viewer who : List.of(manager, viewer)) {
            for (FunnelService.GroupBy by : FunnelService.GroupBy.values()) {
                for (LocalDate[] period : periods) {
                    Funnel figures = funnel.funnel(by, period[0], period[1], who);
                    Map<String, BigDecimal[]> expected = oneByOne(by, period[0], period[1], who);
                    String what = who.userId() + " by " + by + " " + period[0] + ".." + period[1];
                    figures.rows().stream().filter(row -> row.count() > 0).forEach(row -> {
                        BigDecimal[] e = expected.get(row.key());
                        assertThat(e).as(what + " " + row.key()).isNotNull();
                        assertThat(row.count()).as(what + " count " + row.key()).isEqualTo(e[0].longValue());
                        assertThat(row.amount()).as(what + " amount " + row.key()).isEqualByComparingTo(e[1]);
                        // weighted is rounded per group in the database version, per opportunity here
                        assertThat(row.weighted().subtract(e[2]).abs()).as(what + " weighted " + row.key())
                                .isLessThanOrEqualTo(new BigDecimal("0.01").multiply(e[0]));
                    });
                    assertThat(figures.rows().stream().filter(row -> row.count() > 0).count()).as(what)
                            .isEqualTo(expected.size());
                }
            }
        }
        assertThat(funnel.funnel(FunnelService.GroupBy.OWNER, null, null, viewer).rows())
                .singleElement().satisfies(row -> {
                    assertThat(row.key()).isEqualTo(rep);
                    assertThat(row.count()).isEqualTo(4);
                    assertThat(row.amount()).isEqualByComparingTo("15833.60");
                });
    }

    /** The figures from the opportunities the viewer may see, one by one: count, amount, weighted. */
    private Map<String, BigDecimal[]> oneByOne(FunnelService.GroupBy by, LocalDate from, LocalDate to, Viewer who) {
        Function<Opportunity, String> key = switch (by) {
            case STAGE -> o -> o.getStage().name();
            case OWNER -> o -> o.getOwnerId() == null ? "-" : o.getOwnerId();
            case DEPARTMENT -> o -> o.getDepartmentCode() == null ? "-" : o.getDepartmentCode();
            case MONTH -> o -> o.getExpectedCloseOn() == null ? "-" : o.getExpectedCloseOn().toString().substring(0, 7);
        };
        Map<String, BigDecimal[]> rows = new TreeMap<>();
        List<Opportunity> visible = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            var slice = opportunities.visibleTo(who, org.springframework.data.domain.PageRequest.of(page, 200));
            visible.addAll(slice.getContent());
            if (!slice.hasNext()) {
                break;
            }
        }
        for (Opportunity o : visible) {
            if (o.getStatus() == OpportunityStatus.LOST || !inPeriod(o.getExpectedCloseOn(), from, to)) {
                continue;
            }
            BigDecimal[] row = rows.computeIfAbsent(key.apply(o),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            row[0] = row[0].add(BigDecimal.ONE);
            row[1] = row[1].add(o.getAmount());
            row[2] = row[2].add(o.getAmount().multiply(opportunities.probability(o.getStage()))
                    .setScale(2, RoundingMode.HALF_UP));
        }
        return rows;
    }

    private static boolean inPeriod(LocalDate date, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return true;
        }
        return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
