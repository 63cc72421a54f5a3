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

    /** The text as a case-insensitive SQL LIKE pattern for "contains" (wildcards in the text match themselves). */
    static String contains(String text) {
        return "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
