package com.relaycrm.sales.opportunity;

import com.relaycrm.rules.Decision;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Question to the {@code opportunity-stages} table: probability, milestones and approval gate of a stage. */
public class StageDecision extends Decision {

    private final String stage;
    private BigDecimal probabilityPercent;
    private List<String> milestones;
    private Boolean approvalToLeave;

    public StageDecision(String stage) {
        this.stage = stage;
    }

    public String getStage() {
        return stage;
    }

    public void probability(String percent, String rule) {
        if (claim(rule)) {
            probabilityPercent = new BigDecimal(percent.trim());
        }
    }

    public void milestones(String text, String rule) {
        if (claim(rule)) {
            milestones = "-".equals(text.trim()) ? List.of()
                    : Arrays.stream(text.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
    }

    public void approvalToLeave(String yesNo, String rule) {
        if (claim(rule)) {
            approvalToLeave = "YES".equalsIgnoreCase(yesNo.trim());
        }
    }

    @Override
    protected String missingOutcome() {
        return probabilityPercent == null ? "probability" : milestones == null ? "milestones"
                : approvalToLeave == null ? "approval flag" : null;
    }

    public BigDecimal getProbabilityPercent() {
        return probabilityPercent;
    }

    public List<String> getMilestones() {
        return milestones;
    }

    public boolean isApprovalToLeave() {
        return Boolean.TRUE.equals(approvalToLeave);
    }

    @Override
    public String toString() {
        return "stage " + stage;
    }
}
