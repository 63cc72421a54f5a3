package com.relaycrm.loyalty.internal;

import com.relaycrm.customer.CustomerService;
import com.relaycrm.loyalty.PointsAccount;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Warns members by email before their points expire (积分到期提醒): each member with points that will have expired
 * within {@code relay.loyalty.expiry-warning-before} is told how many and when, once per expiry date. Points expire
 * oldest first, so the amount is what falls due in that window minus what the member has already spent (as in
 * {@link PointsExpiryService}). Each member in a transaction of their own, like the sweep.
 */
@Service
public class ExpiryWarnings {

    private final PointsEntryRepository entries;
    private final PointsAccountRepository accounts;
    private final ExpiryWarningRepository warnings;
    private final CustomerService customers;
    private final LoyaltyMail mail;
    private final LoyaltyProperties properties;
    private final TransactionTemplate perMember;

    ExpiryWarnings(PointsEntryRepository entries, PointsAccountRepository accounts, ExpiryWarningRepository warnings,
                   CustomerService customers, LoyaltyMail mail, LoyaltyProperties properties,
                   PlatformTransactionManager transactionManager) {
        this.entries = entries;
        this.accounts = accounts;
        this.warnings = warnings;
        this.customers = customers;
        this.mail = mail;
        this.properties = properties;
        this.perMember = new TransactionTemplate(transactionManager);
        this.perMember.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Warns every member with points expiring from today to the end of the warning period; returns how many got an email. */
    public int warn(LocalDate today) {
        LocalDate lastDay = today.plus(properties.expiryWarningBefore());
        int emailed = 0;
        for (Long customerId : entries.customersWithPointsToExpireBefore(lastDay.plusDays(1))) {
            Boolean sent = perMember.execute(status -> warn(customerId, today, lastDay));
            if (Boolean.TRUE.equals(sent)) {
                emailed++;
            }
        }
        return emailed;
    }

    @Transactional(readOnly = true)
    public List<ExpiryWarning> of(long customerId) {
        return warnings.findByCustomerIdOrderById(customerId);
    }

    private boolean warn(long customerId, LocalDate today, LocalDate lastDay) {
        LocalDate expiresOn = entries.earliestExpiryBetween(customerId, today, lastDay);
        if (expiresOn == null || warnings.existsByCustomerIdAndExpiresOn(customerId, expiresOn)) {
            return false;
        }
        long available = accounts.findById(customerId).map(PointsAccount::getAvailablePoints).orElse(0L);
        long expiring = Math.min(available, Math.max(0,
                entries.sumExpiringBefore(customerId, lastDay.plusDays(1)) - entries.sumDebits(customerId)));
        if (expiring == 0) {
            return false;
        }
        String sentTo = mail.expiryWarning(customers.customer(customerId), expiring, expiresOn, available);
        warnings.save(new ExpiryWarning(customerId, expiresOn, expiring, sentTo));
        return sentTo != null;
    }
}
