package com.relaycrm.service;

import com.relaycrm.common.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the parts an engineer lists in the report form, one per line:
 * {@code part number | description | quantity | unit price | old part serial} (the old serial may be left out).
 */
final class PartLines {

    static final String FIELD = "partsUsed";

    record PartLine(String partNumber, String description, int quantity, BigDecimal unitPrice, String oldPartSerial) {}

    private PartLines() {
    }

    static List<PartLine> parse(String text) {
        List<PartLine> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        String[] rows = text.split("\\R");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].trim();
            if (row.isEmpty()) {
                continue;
            }
            String[] cells = row.split("\\|", -1);
            String where = "line " + (i + 1) + " ('" + (row.length() > 60 ? row.substring(0, 60) + "…" : row) + "')";
            if (cells.length < 4 || cells.length > 5) {
                throw new InvalidInputException(FIELD, where
                        + ": expected 'part number | description | quantity | unit price | old part serial'");
            }
            String partNumber = atMost(required(cells[0], where, "part number"), where, "part number", 80);
            String description = atMost(required(cells[1], where, "description"), where, "description", 200);
            int quantity;
            try {
                quantity = Integer.parseInt(cells[2].trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(FIELD, where + ": quantity '" + cells[2].trim() + "' is not a whole number");
            }
            if (quantity < 1) {
                throw new InvalidInputException(FIELD, where + ": quantity must be at least 1");
            }
            BigDecimal unitPrice;
            try {
                unitPrice = new BigDecimal(cells[3].trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(FIELD, where + ": unit price '" + cells[3].trim() + "' is not a number");
            }
            if (unitPrice.signum() < 0) {
                throw new InvalidInputException(FIELD, where + ": unit price must not be negative");
            }
            String oldSerial = cells.length == 5 && !cells[4].isBlank()
                    ? atMost(cells[4].trim(), where, "old part serial", 80) : null;
            lines.add(new PartLine(partNumber, description, quantity, unitPrice, oldSerial));
        }
        return lines;
    }

    /** Within the column of part_usage it is stored in. */
    private static String atMost(String value, String where, String what, int max) {
        if (value.length() > max) {
            throw new InvalidInputException(FIELD, where + ": the " + what + " is too long: at most " + max
                    + " characters");
        }
        return value;
    }

    private static String required(String cell, String where, String what) {
        String value = cell.trim();
        if (value.isEmpty()) {
            throw new InvalidInputException(FIELD, where + ": " + what + " is missing");
        }
        return value;
    }
}
