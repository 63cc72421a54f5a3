package com.relaycrm.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A record's timeline: events of several kinds (each kept by its own business area), newest first, read a page at a
 * time with a cursor rather than an offset, so the 200th page of 10,000 entries costs what the first does.
 *
 * <p>Order: time descending, then kind descending, then id descending. A page ends at its last entry; the next page
 * starts after that {@link Cursor}. Each source asks its table for entries after the cursor with
 * {@link Cursor#idBelow(String)}: {@code at < cursor.at or (at = cursor.at and id < idBelow(kind))}.
 */
public final class Timeline {

    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE = 200;

    private Timeline() {
    }

    /** One event: when, what kind (e.g. "service-request"), the id within its kind, and what a person reads. */
    public record Entry(Instant at, String kind, long id, String title, String detail, String actor, String link) {
    }

    /** Where a page starts: after the entry (at, kind, id); {@link #START} for the newest entries. */
    public record Cursor(Instant at, String kind, long id) {

        public static final Cursor START = new Cursor(Instant.parse("9999-12-31T00:00:00Z"), "", Long.MAX_VALUE);

        /** The bound on ids at the cursor's very time for a source of the kind (see the class comment). */
        public long idBelow(String sourceKind) {
            int order = sourceKind.compareTo(kind);
            return order < 0 ? Long.MAX_VALUE : order == 0 ? id : Long.MIN_VALUE;
        }

        /** "2026-11-02T10:00:00Z~points~123", as a page's "next" link carries it. */
        public String text() {
            return at + "~" + kind + "~" + id;
        }

        public static Cursor parse(String text) {
            if (text == null || text.isBlank()) {
                return START;
            }
            String[] parts = text.split("~", -1);
            try {
                return new Cursor(Instant.parse(parts[0]), parts[1], Long.parseLong(parts[2]));
            } catch (RuntimeException e) {
                throw new InvalidInputException("after", "is not a timeline position (time~kind~id)");
            }
        }
    }

    /** One page of a timeline; {@code next} null on the last page. */
    public record Page(List<Entry> entries, String next) {
    }

    /** Orders entries as the timeline does. */
    public static final Comparator<Entry> NEWEST_FIRST = Comparator.comparing(Entry::at)
            .thenComparing(Entry::kind).thenComparingLong(Entry::id).reversed();

    /** Merges the sources' entries after the cursor (each newest first, at most size + 1 of them) into one page. */
    public static Page merge(List<List<Entry>> sources, int size) {
        List<Entry> all = new ArrayList<>();
        sources.forEach(all::addAll);
        all.sort(NEWEST_FIRST);
        if (all.size() <= size) {
            return new Page(all, null);
        }
        List<Entry> page = List.copyOf(all.subList(0, size));
        Entry last = page.get(size - 1);
        return new Page(page, new Cursor(last.at(), last.kind(), last.id()).text());
    }

    public static void requirePageSize(int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_PAGE);
        }
    }
}
