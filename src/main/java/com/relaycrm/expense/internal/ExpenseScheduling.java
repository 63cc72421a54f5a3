package com.relaycrm.expense.internal;

import com.relaycrm.expense.approval.ApprovalDelegations;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link ApprovalDelegations#returnEnded()}: delegations whose window ended give their tasks back. */
@Configuration
@EnableScheduling
class ExpenseScheduling {
}
