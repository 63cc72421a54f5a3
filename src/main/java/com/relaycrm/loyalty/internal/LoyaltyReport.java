package com.relaycrm.loyalty.internal;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.loyalty.EntryType;
import com.relaycrm.loyalty.LoyaltyService;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tier and points report (积分统计): members and available points per tier, and points moved per kind of ledger
 * entry, as series a chart can draw. Whole-company figures, so only the roles that see every member may read it.
 */
@Service
@Transactional(readOnly = true)
public class LoyaltyReport {

    private final PointsAccountRepository accounts;
    private final PointsEntryRepository entries;

    LoyaltyReport(PointsAccountRepository accounts, PointsEntryRepository entries) {
        this.accounts = accounts;
        this.entries = entries;
    }

    public record TierRow(MemberTier tier, long members, long availablePoints) {}

    public record EntryTypeRow(EntryType entryType, long entries, long points) {}

    public record Report(List<TierRow> tiers, List<EntryTypeRow> entryTypes) {}

    public Report report(Viewer viewer) {
        viewer.requireAny("read the loyalty report", LoyaltyService.SEE_ALL);
        List<TierRow> tiers = accounts.totalsByTier().stream()
                .map(row -> new TierRow((MemberTier) row[0], (Long) row[1], (Long) row[2])).toList();
        List<EntryTypeRow> types = entries.totalsByEntryType().stream()
                .map(row -> new EntryTypeRow((EntryType) row[0], (Long) row[1], (Long) row[2])).toList();
        return new Report(tiers, types);
    }
}
