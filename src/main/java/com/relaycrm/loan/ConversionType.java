package com.relaycrm.loan;

/** What loaned items are converted into: a sale, a gift, consumption (used up), or a loan to another customer. */
public enum ConversionType {
    SALE, GIFT, CONSUMPTION, LOAN
}
