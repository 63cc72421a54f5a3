package com.relaycrm.sales.opportunity;

/** Stages of an opportunity (销售机会阶段); the last three are where it ends or rests. */
public enum OpportunityStage {
    NEW("新建", "New"), IDENTIFIED("机会识别", "Identified"), ANALYSIS("需求分析", "Needs analysis"),
    SOLUTION("方案制定", "Solution"), REVIEW("方案内审", "Internal review"), BIDDING("投标", "Bidding"),
    NEGOTIATION("商务谈判", "Negotiation"), CONTRACT("合同签订", "Contract"), WON("成功结束", "Won"),
    LOST("项目失败", "Lost"), DORMANT("项目休眠", "Dormant");

    private final String label;
    private final String english;

    OpportunityStage(String label, String english) {
        this.label = label;
        this.english = english;
    }

    /** The stage's Chinese name (reports and the funnel chart). */
    public String label() {
        return label;
    }

    /** The stage as Tasklist's forms show it, read by English and Chinese users alike: "Solution / 方案制定". */
    public String display() {
        return english + " / " + label;
    }

    /** The stage a promotion leads to; fails for the end stages. */
    public OpportunityStage next() {
        if (ordinal() >= WON.ordinal()) {
            throw new IllegalStateException(this + " has no next stage");
        }
        return values()[ordinal() + 1];
    }

    /** The stages of the pipeline, from new to won (not the exits). */
    public static java.util.List<OpportunityStage> pipeline() {
        return java.util.Arrays.stream(values()).filter(s -> s.ordinal() <= WON.ordinal()).toList();
    }
}
