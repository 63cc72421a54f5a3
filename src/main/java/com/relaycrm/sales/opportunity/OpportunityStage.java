package com.relaycrm.sales.opportunity;

/** Stages of an opportunity (销售机会阶段); the last three are where it ends or rests. */
public enum OpportunityStage {
    NEW("新建"), IDENTIFIED("机会识别"), ANALYSIS("需求分析"), SOLUTION("方案制定"), REVIEW("方案内审"),
    BIDDING("投标"), NEGOTIATION("商务谈判"), CONTRACT("合同签订"), WON("成功结束"), LOST("项目失败"),
    DORMANT("项目休眠");

    private final String label;

    OpportunityStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
