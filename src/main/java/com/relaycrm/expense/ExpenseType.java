package com.relaycrm.expense;

/** What an expense is for (费用类型); the approval table may route types differently. */
public enum ExpenseType {
    TRAVEL, ENTERTAINMENT, MARKETING, SAMPLE, OTHER
}
