package com.relaycrm.expense;

import java.util.Arrays;
import java.util.List;

/**
 * One level of an approval chain as the decision table names it: {@code group:finance} (any member may take the
 * task) or {@code user:finance1} (that person). Kept as text in variables and records so that the chain a request
 * was given stays readable after the table changes.
 */
public record Approver(boolean group, String id) {

    public Approver {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("approver without an id");
        }
        id = id.trim();
    }

    public static Approver user(String userId) {
        return new Approver(false, userId);
    }

    /** Parses {@code group:x} or {@code user:x}. */
    public static Approver parse(String text) {
        String value = text.trim();
        int colon = value.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("approver '" + value + "' must be group:<id> or user:<id>");
        }
        String kind = value.substring(0, colon).trim().toLowerCase();
        String id = value.substring(colon + 1);
        return switch (kind) {
            case "group" -> new Approver(true, id);
            case "user" -> new Approver(false, id);
            default -> throw new IllegalArgumentException("approver '" + value + "' must be group:<id> or user:<id>");
        };
    }

    /** A comma-separated chain, e.g. {@code group:sales-manager, group:finance}. */
    public static List<Approver> chain(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Approver::parse).toList();
    }

    public static String format(List<Approver> chain) {
        return String.join(",", chain.stream().map(Approver::toString).toList());
    }

    @Override
    public String toString() {
        return (group ? "group:" : "user:") + id;
    }
}
