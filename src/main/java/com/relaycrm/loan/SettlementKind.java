package com.relaycrm.loan;

/** A return (归还单) brings items back into stock; a conversion (转换单) turns them into something else. */
public enum SettlementKind {
    RETURN, CONVERSION
}
