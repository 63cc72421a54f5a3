package com.relaycrm.common;

/** Record pages and processes name a record by its business key: a prefix and the record's id for some kinds. */
public final class RecordKeys {

    private RecordKeys() {
    }

    /** The id after the prefix ("LEAD-12" → 12); anything else is answered as a record not found. */
    public static long idAfterPrefix(String key, String prefix, String what) {
        if (key != null && key.startsWith(prefix) && key.length() > prefix.length()
                && key.length() <= prefix.length() + 18 && key.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
            return Long.parseLong(key.substring(prefix.length()));
        }
        throw new NotFoundException(what, key);
    }
}
