package com.relaycrm.sales.lead;

import java.time.Instant;

/** When a held lead must be followed up and when its owner is reminded (from the alerts-leads table). */
public record LeadTimes(Instant followUpDueAt, Instant reminderAt) {
}
