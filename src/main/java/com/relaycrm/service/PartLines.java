package com.relaycrm.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.PlainTextRules;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the parts an engineer lists in the report form's table (a Camunda Forms dynamic list), one row per part:
 * {@code [{"partNumber", "description", "quantity", "unitPrice", "oldPartSerial"}, …]} as JSON text, the way
 * Tasklist sends it. The rows are untrusted input: every refusal names the row and the field, in English and
 * Chinese, and nothing is stored.
 */
final class PartLines {

    static final String FIELD = "partsUsed";
    /** The most parts one report lists (a work order uses a handful; the form has no limit of its own). */
    static final int MAX_ROWS = 50;
    static final int MAX_QUANTITY = 9999;
    static final BigDecimal MAX_UNIT_PRICE = new BigDecimal("1000000");

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The JSON keys a row may hold: the form's columns. */
    private static final Set<String> COLUMNS = Arrays.stream(Cell.values()).map(cell -> cell.key)
            .collect(Collectors.toUnmodifiableSet());

    record PartLine(String partNumber, String description, int quantity, BigDecimal unitPrice, String oldPartSerial) {}

    private PartLines() {
    }

    /** The parts of the report; none when the list is empty or left out. */
    static List<PartLine> parse(String json) {
        List<PartLine> lines = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return lines;
        }
        JsonNode rows;
        try {
            rows = JSON.readTree(json);
        } catch (IOException e) {
            throw refused("must be a list of parts, one row per part, not text", "必须是配件列表（每行一个配件），不能是文本");
        }
        if (rows == null || !rows.isArray()) {
            throw refused("must be a list of parts, one row per part", "必须是配件列表（每行一个配件）");
        }
        if (rows.size() > MAX_ROWS) {
            throw refused("has too many rows: at most " + MAX_ROWS + " (there are " + rows.size() + ")",
                    "行数过多：最多 " + MAX_ROWS + " 行（当前 " + rows.size() + " 行）");
        }
        for (int i = 0; i < rows.size(); i++) {
            lines.add(row(rows.get(i), new Row(i + 1)));
        }
        return lines;
    }

    private static PartLine row(JsonNode row, Row at) {
        if (!row.isObject()) {
            throw at.refused("is not a row of part fields", "不是配件行");
        }
        for (Iterator<String> names = row.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!COLUMNS.contains(name)) {
                String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
                throw at.refused("'" + shown + "' is not a field of a part", "“" + shown + "”不是配件的字段");
            }
        }
        String partNumber = text(row, at, Cell.PART_NUMBER, true, 80);
        String description = text(row, at, Cell.DESCRIPTION, true, 200);
        BigDecimal quantity = number(row, at, Cell.QUANTITY);
        if (quantity.stripTrailingZeros().scale() > 0) {
            throw at.refused(Cell.QUANTITY, "must be a whole number", "必须是整数");
        }
        if (quantity.compareTo(BigDecimal.ONE) < 0) {
            throw at.refused(Cell.QUANTITY, "must be at least 1", "不能小于 1");
        }
        if (quantity.compareTo(BigDecimal.valueOf(MAX_QUANTITY)) > 0) {
            throw at.refused(Cell.QUANTITY, "must be at most " + MAX_QUANTITY, "不能大于 " + MAX_QUANTITY);
        }
        BigDecimal unitPrice = number(row, at, Cell.UNIT_PRICE);
        if (unitPrice.signum() < 0) {
            throw at.refused(Cell.UNIT_PRICE, "must not be negative", "不能为负数");
        }
        if (unitPrice.compareTo(MAX_UNIT_PRICE) > 0) {
            throw at.refused(Cell.UNIT_PRICE, "must be at most " + MAX_UNIT_PRICE.toPlainString(),
                    "不能大于 " + MAX_UNIT_PRICE.toPlainString());
        }
        if (unitPrice.stripTrailingZeros().scale() > 2) {
            throw at.refused(Cell.UNIT_PRICE, "has more than 2 decimal places", "最多保留两位小数");
        }
        String oldSerial = text(row, at, Cell.OLD_SERIAL, false, 80);
        return new PartLine(partNumber, description, quantity.intValueExact(), unitPrice, oldSerial);
    }

    /** A cell of text within the column of part_usage it is stored in; null when optional and left empty. */
    private static String text(JsonNode row, Row at, Cell what, boolean required, int max) {
        JsonNode cell = row.get(what.key);
        if (cell == null || cell.isNull() || cell.isTextual() && cell.asText().isBlank()) {
            if (required) {
                throw at.refused(what, "is missing", "未填写");
            }
            return null;
        }
        if (!cell.isTextual()) {
            throw at.refused(what, "must be text", "必须是文本");
        }
        String value = cell.asText().trim();
        if (value.length() > max) {
            throw at.refused(what, "is too long: at most " + max + " characters", "过长：最多 " + max + " 个字符");
        }
        String problem = PlainTextRules.problem(value, false);
        if (problem != null) {
            throw at.refused(what, problem, "含有不允许的字符");
        }
        return value;
    }

    /** A number as form-js sends it (a JSON number, or its text when the field keeps decimals as text). */
    private static BigDecimal number(JsonNode row, Row at, Cell what) {
        JsonNode cell = row.get(what.key);
        if (cell == null || cell.isNull() || cell.isTextual() && cell.asText().isBlank()) {
            throw at.refused(what, "is missing", "未填写");
        }
        if (cell.isNumber()) {
            return cell.decimalValue();
        }
        if (cell.isTextual() && cell.asText().trim().length() <= 20) {
            try {
                return new BigDecimal(cell.asText().trim());
            } catch (NumberFormatException e) {
                // refused below
            }
        }
        throw at.refused(what, "must be a number", "必须是数字");
    }

    private static InvalidInputException refused(String message, String chinese) {
        return new InvalidInputException(FIELD, message, chinese);
    }

    /** The fields of a row: the form's keys, and how the form labels them. */
    private enum Cell {
        PART_NUMBER("partNumber", "the part number", "配件号"),
        DESCRIPTION("description", "the description", "描述"),
        QUANTITY("quantity", "the quantity", "数量"),
        UNIT_PRICE("unitPrice", "the unit price", "单价"),
        OLD_SERIAL("oldPartSerial", "the old part serial", "旧件序列号");

        /** Its key in a row, the form's field key. */
        private final String key;
        private final String english;
        private final String chinese;

        Cell(String key, String english, String chinese) {
            this.key = key;
            this.english = english;
            this.chinese = chinese;
        }
    }

    /** Where in the list a problem is: "row 2: the quantity must be at least 1 / 第 2 行：数量不能小于 1". */
    private record Row(int number) {

        InvalidInputException refused(Cell cell, String problem, String chineseProblem) {
            return refused(cell.english + " " + problem, cell.chinese + chineseProblem);
        }

        InvalidInputException refused(String problem, String chineseProblem) {
            return new InvalidInputException(FIELD, "row " + number + ": " + problem,
                    "第 " + number + " 行：" + chineseProblem);
        }
    }
}
