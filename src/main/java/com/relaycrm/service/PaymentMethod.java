package com.relaycrm.service;

/** How a customer settles service charges. */
public enum PaymentMethod {
    CASH, CARD, BANK_TRANSFER, INVOICE
}
