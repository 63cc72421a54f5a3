package com.relaycrm.customer;

/** Membership tier (会员等级): 普卡 STANDARD, 银卡 SILVER, 金卡 GOLD, 白金 PLATINUM; NONE for non-members. */
public enum MemberTier {
    NONE, STANDARD, SILVER, GOLD, PLATINUM
}
