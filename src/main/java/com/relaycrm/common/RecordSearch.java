package com.relaycrm.common;

import java.util.List;

/**
 * One business area's part of the search box (/records/search.html, GET /api/search?q=): its records matching the
 * text by number, name, phone or email, only those the viewer may see under the area's data permission.
 */
public interface RecordSearch {

    /** A found record: its page is /records/{type}.html?key={key}. */
    record Hit(String type, String key, String title, String detail) {
    }

    /** At most {@code limit} records matching {@code text} (already trimmed, at least 2 characters), best first. */
    List<Hit> search(String text, Viewer viewer, int limit);

    /** A hit's detail line: the parts that are not blank, joined by " · ". */
    static String detail(String... parts) {
        return String.join(" · ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    /**
     * The number in a record number typed in any case ("lead-12" for the prefix "LEAD-" → 12), or -1 when the text is
     * not the prefix followed by 1 to 18 digits (0-9).
     */
    static long number(String text, String prefix) {
        int digits = text.length() - prefix.length();
        if (digits < 1 || digits > 18 || !text.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return -1;
        }
        for (int i = prefix.length(); i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(text.substring(prefix.length()));
    }

    /** The text as a case-insensitive SQL LIKE pattern for "contains" (wildcards in the text match themselves). */
    static String contains(String text) {
        return "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
