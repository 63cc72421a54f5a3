package com.relaycrm.sales.lead;

import com.relaycrm.common.InvalidInputException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The {@code Idempotency-Key} request header's rules, and the digest that tells a retry from another request. */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    static final int MAX_LENGTH = 255;

    private IdempotencyKeys() {
    }

    /** 1 to 255 visible ASCII characters (a UUID is the usual choice). */
    static void check(String key) {
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidInputException(HEADER, "must be 1 to " + MAX_LENGTH + " visible ASCII characters");
        }
    }

    /**
     * SHA-256 of the command's fields as the API read them (each with its length, so no two commands share one; a
     * field the command gains later is taken too): the same JSON however spaced or ordered gives the same digest.
     */
    static String digest(Record command) {
        StringBuilder text = new StringBuilder(command.getClass().getSimpleName());
        try {
            for (RecordComponent component : command.getClass().getRecordComponents()) {
                Object value = component.getAccessor().invoke(command);
                String field = value == null ? null : value.toString();
                text.append('|').append(component.getName()).append('=')
                        .append(field == null ? "-" : field.length() + ":" + field);
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (ReflectiveOperationException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest " + command.getClass().getSimpleName(), e);
        }
    }
}
