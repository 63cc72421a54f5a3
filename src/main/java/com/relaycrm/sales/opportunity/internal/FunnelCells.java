package com.relaycrm.sales.opportunity.internal;

import com.relaycrm.sales.opportunity.FunnelService;
import com.relaycrm.sales.opportunity.OpportunityStage;
import com.relaycrm.sales.opportunity.OpportunityStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The funnel's cells added up in the database: not-lost opportunities, of all owners or of one, grouped by stage and
 * only by what the funnel is asked for (owner, department or expected-close month). Grouping every cell by stage,
 * owner, department and month and folding them in Java made the database hash five keys per opportunity; at 100,000
 * opportunities that was most of the report's time. A rep's cells are read through the owner index.
 */
@Component
public class FunnelCells {

    private final EntityManager entityManager;

    public FunnelCells(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** {@code owner} null: every owner's; {@code from}/{@code to} null: no period (else both bounds are given). */
    public List<FunnelCell> cells(FunnelService.GroupBy by, String owner, LocalDate from, LocalDate to) {
        String keys = switch (by) {
            case STAGE -> "";
            case OWNER -> ", o.ownerId";
            case DEPARTMENT -> ", o.departmentCode";
            case MONTH -> ", extract(year from o.expectedCloseOn), extract(month from o.expectedCloseOn)";
        };
        TypedQuery<Object[]> query = entityManager.createQuery("select o.stage" + keys + ", count(o), sum(o.amount)"
                + " from Opportunity o where o.status <> :lost"
                + (owner == null ? "" : " and o.ownerId = :owner")
                + (from == null ? "" : " and o.expectedCloseOn between :from and :to")
                + " group by o.stage" + keys, Object[].class);
        query.setParameter("lost", OpportunityStatus.LOST);
        if (owner != null) {
            query.setParameter("owner", owner);
        }
        if (from != null) {
            query.setParameter("from", from);
            query.setParameter("to", to);
        }
        return query.getResultList().stream().map(row -> {
            OpportunityStage stage = (OpportunityStage) row[0];
            Long count = (Long) row[row.length - 2];
            BigDecimal amount = (BigDecimal) row[row.length - 1];
            return switch (by) {
                case STAGE -> new FunnelCell(stage, null, null, null, null, count, amount);
                case OWNER -> new FunnelCell(stage, (String) row[1], null, null, null, count, amount);
                case DEPARTMENT -> new FunnelCell(stage, null, (String) row[1], null, null, count, amount);
                case MONTH -> new FunnelCell(stage, null, null, (Integer) row[1], (Integer) row[2], count, amount);
            };
        }).toList();
    }
}
