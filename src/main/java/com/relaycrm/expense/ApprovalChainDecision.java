package com.relaycrm.expense;

import com.relaycrm.rules.Decision;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Question to the {@code expense-approval-levels} table: who must approve an expense, in which order, given its
 * department, type and amount. The answer is a chain like {@code group:sales-manager, group:finance}.
 */
public class ApprovalChainDecision extends Decision {

    private final String department;
    private final String expenseType;
    private final BigDecimal amount;
    private final List<String> requesterGroups;
    private List<Approver> chain;

    public ApprovalChainDecision(String department, String expenseType, BigDecimal amount) {
        this(department, expenseType, amount, List.of());
    }

    public ApprovalChainDecision(String department, String expenseType, BigDecimal amount,
                                 List<String> requesterGroups) {
        this.department = department;
        this.expenseType = expenseType;
        this.amount = amount;
        this.requesterGroups = List.copyOf(requesterGroups);
    }

    /**
     * Table condition: the requester belongs to one of these groups (space- or comma-separated), e.g. a manager's
     * own request goes past the managers' level, since nobody approves their own request.
     */
    public boolean requesterIn(String groups) {
        return Arrays.stream(groups.split("[\\s,]+")).anyMatch(requesterGroups::contains);
    }

    /** Table condition: {@code *} matches every department, else a space- or comma-separated list of codes. */
    public boolean departmentAmong(String departments) {
        return among(departments, department);
    }

    /** Table condition: a space- or comma-separated list of types; {@code *} matches every type. */
    public boolean typeAmong(String types) {
        return among(types, expenseType);
    }

    /** Table condition: the amount is at least this (the lower edge belongs to the row). */
    public boolean amountAtLeast(String limit) {
        return amount.compareTo(new BigDecimal(limit.trim())) >= 0;
    }

    /** Table condition: the amount is below this (the upper edge belongs to the next row). */
    public boolean amountBelow(String limit) {
        return amount.compareTo(new BigDecimal(limit.trim())) < 0;
    }

    /** Table action: the chain in order, comma-separated {@code group:<id>} / {@code user:<id>}. */
    public void approvers(String chain, String rule) {
        if (claim(rule)) {
            this.chain = Approver.chain(chain);
        }
    }

    @Override
    protected String missingOutcome() {
        return chain == null || chain.isEmpty() ? "approvers" : null;
    }

    private static boolean among(String list, String value) {
        return Arrays.stream(list.split("[\\s,]+")).anyMatch(v -> v.equals("*") || v.equalsIgnoreCase(value));
    }

    public List<Approver> getChain() {
        return chain;
    }

    @Override
    public String toString() {
        return "department " + department + ", type " + expenseType + ", amount " + amount + ", requester in "
                + requesterGroups;
    }
}
