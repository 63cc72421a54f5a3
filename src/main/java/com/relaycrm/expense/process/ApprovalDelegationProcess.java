package com.relaycrm.expense.process;

import com.relaycrm.process.ProcessGateway;

/**
 * The "Delegate my approvals" process ({@code processes/approval-delegation.bpmn}): started from Tasklist's start
 * form only, so it has nothing to start or move from Java; it owns the names its form and its one step share.
 */
@ProcessGateway(ApprovalDelegationProcess.KEY)
public final class ApprovalDelegationProcess {

    public static final String KEY = "approval-delegation";

    private ApprovalDelegationProcess() {
    }

    public static final class Forms {
        public static final String START = "approval-delegation-start";
    }

    public static final class Variables {
        /** Who started it (camunda:initiator). */
        public static final String INITIATOR = "initiator";
        /** DELEGATE or RECALL. */
        public static final String ACTION = "delegationAction";
        public static final String SUBSTITUTE = "substitute";
        public static final String UNTIL = "delegateUntil";
        public static final String MOVE_EXISTING = "moveExisting";
    }

    public static final class Data {
        /** Set by the step: the delegation it created, or how many it recalled. */
        public static final String DELEGATION_ID = "delegationId";
        public static final String RECALLED = "recalledDelegations";
    }

    /** The values of {@link Variables#ACTION}. */
    public static final String DELEGATE = "DELEGATE";
    public static final String RECALL = "RECALL";
}
