package com.relaycrm.rules;

/**
 * A question put to a decision table. The table's rows are tried from the top (the table is {@code Sequential});
 * the first row that matches decides, later matches are ignored. The decision remembers which rule (row) and which
 * version of the table gave it, so a record can say why it was decided the way it was.
 */
public abstract class Decision {

    private String rule;
    private String tableVersion;

    /**
     * Called by each action of a table row: true when this row decides, that is when no row has decided yet or
     * this very row already has (a row may set several outcomes, one per ACTION column); false for later rows.
     */
    protected final boolean claim(String ruleName) {
        if (rule == null) {
            rule = ruleName;
        }
        return rule.equals(ruleName);
    }

    /** What the deciding row failed to set, or null when the decision is complete. */
    protected String missingOutcome() {
        return null;
    }

    final void tableVersion(String version) {
        this.tableVersion = version;
    }

    public boolean isDecided() {
        return rule != null;
    }

    /** Name of the rule (table row) that decided, e.g. {@code ServiceTriage_12}. */
    public String getRule() {
        return rule;
    }

    /** Content hash of the table the decision came from. */
    public String getTableVersion() {
        return tableVersion;
    }
}
