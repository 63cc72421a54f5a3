package com.relaycrm.sales.capacity;

/** How many of a resource type an employee holds and may hold at most. */
public record Holding(String userId, ResourceType type, int held, int maximum) {

    public boolean hasRoom() {
        return held < maximum;
    }
}
