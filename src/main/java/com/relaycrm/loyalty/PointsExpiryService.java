package com.relaycrm.loyalty;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clears expired points (积分清零) for the {@code points-expiry} sweep. Points are spent oldest first, so what has
 * expired by a day is what was earned with an expiry before that day minus everything already taken away
 * (redemptions, earlier expiries, negative corrections); that amount, at most the available balance, leaves with
 * an EXPIRY ledger entry. Running the sweep twice on a day expires nothing the second time.
 */
@Service
@Transactional
public class PointsExpiryService {

    static final String SOURCE = "EXPIRY";

    private final PointsEntryRepository entries;
    private final PointsLedger ledger;

    PointsExpiryService(PointsEntryRepository entries, PointsLedger ledger) {
        this.entries = entries;
        this.ledger = ledger;
    }

    /** Expires what has expired before {@code today} for every member; returns how many members lost points. */
    public int sweep(LocalDate today, String actor) {
        int members = 0;
        List<Long> candidates = entries.customersWithPointsExpiringBefore(today);
        for (Long customerId : candidates) {
            if (expire(customerId, today, actor) > 0) {
                members++;
            }
        }
        return members;
    }

    /** The points that expired for one member (0 when none). */
    long expire(long customerId, LocalDate today, String actor) {
        PointsAccount account = ledger.lockAccount(customerId);
        long expiredLots = entries.sumExpiringBefore(customerId, today);
        long alreadyTaken = entries.sumDebits(customerId);
        long toExpire = Math.min(account.getAvailablePoints(), Math.max(0, expiredLots - alreadyTaken));
        if (toExpire == 0) {
            return 0;
        }
        ledger.post(account, EntryType.EXPIRY, -toExpire, new Posting(SOURCE, "EXP-" + today, null, null, null,
                "Points valid until before " + today + " expired"), actor);
        return toExpire;
    }
}
