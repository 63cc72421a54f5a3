package com.relaycrm.expense;

/** The business record an expense request was raised for (费用申请单 关联业务). */
public enum LinkType {
    CUSTOMER, OPPORTUNITY, ORDER, WORK_ORDER, LOAN
}
