package com.relaycrm.loyalty.process;

import com.relaycrm.process.ProcessGateway;

/**
 * The "Points expiry sweep" process ({@code processes/points-expiry.bpmn}): started by its timer on the configured
 * cycle, so nothing starts or moves it from Java; it owns the names of its timer and of what its steps record.
 */
@ProcessGateway(PointsExpiryProcess.KEY)
public final class PointsExpiryProcess {

    public static final String KEY = "points-expiry";

    private PointsExpiryProcess() {
    }

    public static final class Timers {
        /** The timer start event (cycle ${loyaltySchedule.expirySweepCycle}). */
        public static final String SWEEP_DUE = "SweepDue";

        private Timers() {
        }
    }

    public static final class Data {
        /** Set by "Clear expired points": how many members lost points. */
        public static final String MEMBERS_WITH_EXPIRED_POINTS = "membersWithExpiredPoints";
        /** Set by "Warn members of expiring points": how many members were emailed. */
        public static final String MEMBERS_WARNED = "membersWarned";

        private Data() {
        }
    }
}
