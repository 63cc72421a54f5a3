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
            String where = "line " + (i + 1) + " ('" + row + "')";
            if (cells.length < 4 || cells.length > 5) {
                throw new InvalidInputException(FIELD, where
                        + ": expected 'part number | description | quantity | unit price | old part serial'");
            }
            String partNumber = required(cells[0], where, "part number");
            String description = required(cells[1], where, "description");
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
            String oldSerial = cells.length == 5 && !cells[4].isBlank() ? cells[4].trim() : null;
            lines.add(new PartLine(partNumber, description, quantity, unitPrice, oldSerial));
        }
        return lines;
    }

    private static String required(String cell, String where, String what) {
        String value = cell.trim();
        if (value.isEmpty()) {
            throw new InvalidInputException(FIELD, where + ": " + what + " is missing");
        }
        return value;
    }
}
