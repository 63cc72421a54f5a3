package com.relaycrm.sales.opportunity;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.Viewer;
import com.relaycrm.sales.opportunity.internal.FunnelCell;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funnel and weighted forecast over the opportunities the viewer may see (managers: all; reps: their own), open
 * (including dormant) and won, optionally only those expected to close in a period. Probabilities come from
 * {@code rules/opportunity-stages.drl.csv}, so an analyst's change shows in the next forecast.
 */
@Service
@Transactional(readOnly = true)
public class FunnelService {

    public enum GroupBy { STAGE, OWNER, DEPARTMENT, MONTH }

    private final OpportunityService opportunities;

    FunnelService(OpportunityService opportunities) {
        this.opportunities = opportunities;
    }

    public Funnel funnel(GroupBy groupBy, LocalDate from, LocalDate to, Viewer viewer) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        Map<OpportunityStage, BigDecimal> probability = new EnumMap<>(OpportunityStage.class);
        List<FunnelCell> cells = opportunities.funnelCells(viewer, groupBy, from, to);
        Function<FunnelCell, String> key = switch (groupBy) {
            case STAGE -> c -> c.stage().name();
            case OWNER -> c -> c.ownerId() == null ? "-" : c.ownerId();
            case DEPARTMENT -> c -> c.departmentCode() == null ? "-" : c.departmentCode();
            case MONTH -> FunnelCell::monthKey;
        };
        Map<String, Funnel.Row> rows = new LinkedHashMap<>();
        if (groupBy == GroupBy.STAGE) {
            OpportunityStage.pipeline().forEach(s -> rows.put(s.name(),
                    new Funnel.Row(s.name(), s.label(), 0, BigDecimal.ZERO, BigDecimal.ZERO)));
        }
        for (FunnelCell cell : cells) {
            BigDecimal p = probability.computeIfAbsent(cell.stage(), opportunities::probability);
            BigDecimal weighted = cell.amount().multiply(p).setScale(2, RoundingMode.HALF_UP);
            String k = key.apply(cell);
            Funnel.Row old = rows.getOrDefault(k, new Funnel.Row(k, k, 0, BigDecimal.ZERO, BigDecimal.ZERO));
            rows.put(k, new Funnel.Row(k, old.label(), old.count() + cell.count(), old.amount().add(cell.amount()),
                    old.weighted().add(weighted)));
        }
        List<Funnel.Row> list = groupBy == GroupBy.STAGE ? List.copyOf(rows.values())
                : rows.values().stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
        return new Funnel(groupBy.name().toLowerCase(), from, to, list,
                list.stream().map(Funnel.Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                list.stream().map(Funnel.Row::weighted).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
