package com.relaycrm.loyalty.internal;

import com.relaycrm.customer.CustomerService;
import com.relaycrm.customer.MemberTier;
import com.relaycrm.loyalty.EntryType;
import com.relaycrm.loyalty.PointsAccount;
import com.relaycrm.loyalty.PointsEntry;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only writer of points balances. A posting locks the member's account row, changes the balances and appends
 * the ledger entry in the caller's transaction, so balances and ledger always agree and concurrent postings to one
 * member wait for each other instead of overwriting each other.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class PointsLedger {

    private final PointsAccountRepository accounts;
    private final PointsEntryRepository entries;
    private final CustomerService customers;
    private final TransactionTemplate newTransaction;

    PointsLedger(PointsAccountRepository accounts, PointsEntryRepository entries, CustomerService customers,
                 PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.entries = entries;
        this.customers = customers;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The member's account, locked until the transaction ends; opened (with zero balances) on first use. */
    PointsAccount lockAccount(long customerId) {
        return accounts.lock(customerId).orElseGet(() -> {
            open(customerId);
            return accounts.lock(customerId).orElseThrow();
        });
    }

    /**
     * Appends an entry of signed points to a locked account. Earning entries (accrual, bonus) also raise the
     * accumulated total; a debit larger than the available points is refused.
     */
    PointsEntry post(PointsAccount locked, EntryType type, long points, Posting posting, String actor) {
        locked.apply(points, type == EntryType.ACCRUAL || type == EntryType.BONUS);
        return entries.save(new PointsEntry(locked.getCustomerId(), type, points, locked, posting, actor));
    }

    /** Opens the account in its own transaction, so two first postings racing for it both find it afterwards. */
    private void open(long customerId) {
        MemberTier tier = customers.customer(customerId).getMemberTier();
        try {
            newTransaction.executeWithoutResult(status -> {
                if (accounts.findById(customerId).isEmpty()) {
                    accounts.saveAndFlush(new PointsAccount(customerId, tier));
                }
            });
        } catch (DataIntegrityViolationException e) {
            // opened concurrently by another posting: use theirs
        }
    }
}
