package com.relaycrm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.relaycrm.common.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The report form's table of parts as the service reads it: rows in, part lines out, refusals naming the row. */
class PartLinesTest {

    @Test
    void readsOneLinePerRowWithNumbersAsFormJsSendsThem() {
        assertThat(PartLines.parse("""
                [{"partNumber": " P-1 ", "description": "Fuse", "quantity": 2, "unitPrice": 2.5, "oldPartSerial": "OLD-1"},
                 {"partNumber": "P-2", "description": "Belt", "quantity": "1", "unitPrice": "30.00", "oldPartSerial": ""},
                 {"partNumber": "P-3", "description": "Screw", "quantity": 1.0, "unitPrice": 0}]"""))
                .containsExactly(new PartLines.PartLine("P-1", "Fuse", 2, new BigDecimal("2.5"), "OLD-1"),
                        new PartLines.PartLine("P-2", "Belt", 1, new BigDecimal("30.00"), null),
                        new PartLines.PartLine("P-3", "Screw", 1, new BigDecimal("0"), null));
        assertThat(PartLines.parse(null)).isEmpty();
        assertThat(PartLines.parse("[]")).isEmpty();
    }

    @Test
    void eachRefusalNamesTheRowAndTheFieldInEnglishAndChinese() {
        assertRefused("[{\"partNumber\": \"P-1\", \"description\": \"Fuse\", \"quantity\": 1, \"unitPrice\": 1},"
                        + " {\"partNumber\": \"P-2\", \"description\": \"Belt\", \"quantity\": -3, \"unitPrice\": 1}]",
                "row 2: the quantity must be at least 1", "第 2 行：数量不能小于 1");
        assertRefused(row("\"quantity\": 1.5, \"unitPrice\": 1"), "row 1: the quantity must be a whole number",
                "第 1 行：数量必须是整数");
        assertRefused(row("\"quantity\": 1, \"unitPrice\": -0.01"), "row 1: the unit price must not be negative",
                "第 1 行：单价不能为负数");
        assertRefused(row("\"quantity\": 1, \"unitPrice\": \"cheap\""), "row 1: the unit price must be a number",
                "第 1 行：单价必须是数字");
        assertRefused(row("\"quantity\": 1, \"unitPrice\": 1.005"), "row 1: the unit price has more than 2 decimal places",
                "第 1 行：单价最多保留两位小数");
        assertRefused(row("\"quantity\": 1, \"unitPrice\": 1, \"oldPartSerial\": 7"),
                "row 1: the old part serial must be text", "第 1 行：旧件序列号必须是文本");
        assertRefused("[{\"description\": \"Fuse\", \"quantity\": 1, \"unitPrice\": 1}]",
                "row 1: the part number is missing", "第 1 行：配件号未填写");
        assertRefused(row("\"quantity\": 1, \"unitPrice\": 1, \"workOrderId\": 9"),
                "row 1: 'workOrderId' is not a field of a part", "第 1 行：“workOrderId”不是配件的字段");
        assertRefused("[\"P-1\"]", "row 1: is not a row of part fields", "第 1 行：不是配件行");
    }

    @Test
    void onlyAListOfAtMostFiftyRowsIsAccepted() {
        assertRefused("P-1 | Fuse | 1 | 2.50 | OLD-1", "must be a list of parts, one row per part, not text",
                "必须是配件列表（每行一个配件），不能是文本");
        assertRefused("{\"partNumber\": \"P-1\"}", "must be a list of parts, one row per part", "必须是配件列表（每行一个配件）");
        String row = "{\"partNumber\": \"P\", \"description\": \"D\", \"quantity\": 1, \"unitPrice\": 1}";
        assertThat(PartLines.parse("[" + String.join(",", java.util.Collections.nCopies(50, row)) + "]")).hasSize(50);
        assertRefused("[" + String.join(",", java.util.Collections.nCopies(51, row)) + "]",
                "has too many rows: at most 50 (there are 51)", "行数过多：最多 50 行（当前 51 行）");
    }

    private static String row(String numbers) {
        return "[{\"partNumber\": \"P-1\", \"description\": \"Fuse\", " + numbers + "}]";
    }

    private static void assertRefused(String json, String reason, String chinese) {
        assertThatThrownBy(() -> PartLines.parse(json)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("partsUsed");
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.reasonInChinese()).contains(chinese);
        });
    }
}
