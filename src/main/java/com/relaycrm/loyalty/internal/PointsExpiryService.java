package com.relaycrm.loyalty.internal;

import com.relaycrm.loyalty.EntryType;
import com.relaycrm.loyalty.PointsAccount;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Clears expired points (积分清零) for the {@code points-expiry} sweep. Points are spent oldest first, so what has
 * expired by a day is what was earned with an expiry before that day minus everything already taken away
 * (redemptions, earlier expiries, negative corrections); that amount, at most the available balance, leaves with
 * an EXPIRY ledger entry. Running the sweep twice on a day expires nothing the second time.
 *
 * <p>The sweep asks the database for just the members who have something left to expire, then clears each member in
 * a transaction of its own: a large sweep holds no long locks, and one that stops halfway keeps what it did (the
 * next run carries on where it stopped).
 */
@Service
public class PointsExpiryService {

    static final String SOURCE = "EXPIRY";

    private final PointsEntryRepository entries;
    private final PointsLedger ledger;
    private final TransactionTemplate perMember;

    PointsExpiryService(PointsEntryRepository entries, PointsLedger ledger,
                        PlatformTransactionManager transactionManager) {
        this.entries = entries;
        this.ledger = ledger;
        this.perMember = new TransactionTemplate(transactionManager);
        this.perMember.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Expires what has expired before {@code today} for every member; returns how many members lost points. */
    public int sweep(LocalDate today, String actor) {
        int members = 0;
        for (Long customerId : membersToSweep(today)) {
            Long expired = perMember.execute(status -> expire(customerId, today, actor));
            if (expired != null && expired > 0) {
                members++;
            }
        }
        return members;
    }

    /** The members with points left to expire before the day. */
    @Transactional(readOnly = true)
    public List<Long> membersToSweep(LocalDate today) {
        return entries.customersWithPointsToExpireBefore(today);
    }

    /** The points that expired for one member (0 when none). */
    @Transactional
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
