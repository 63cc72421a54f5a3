package com.relaycrm.customer;

import com.relaycrm.common.Timeline;
import com.relaycrm.common.Viewer;
import java.util.List;

/**
 * What a business area adds to the customer page (客户360度视图): its records of the customer as the viewer may see
 * them, and its events for the customer's timeline. Each area implements it with its own service and data permission
 * (a viewer who may see the customer but not the area's records gets nothing of it); the customer area only
 * collects the parts, so it depends on none of the areas that depend on it.
 */
public interface CustomerRecordPart {

    /**
     * A record of the area on which tasks may be open now: the process whose tasks to show, the record's business
     * key (the process instance's), what the page calls it and the address of its page.
     */
    record OpenRecord(String processKey, String key, String title, String link) {
    }

    /**
     * The area's section of the page: its records of the customer the viewer may see ({@code records}: null or empty
     * for none, newest first) and those of them on which tasks may be open now ({@code open}, not the closed ones),
     * both from one read of the records.
     */
    record Section(Object records, List<OpenRecord> open) {

        /** A section with no process tasks to show. */
        public static Section of(Object records) {
            return new Section(records, List.of());
        }
    }

    /** The section's name in the page's JSON, e.g. "serviceRequests". */
    String name();

    /** The area's section of the customer page, as the viewer may see it. */
    Section section(Customer customer, Viewer viewer);

    /** The area's timeline events after the cursor, newest first, at most {@code limit}; none by default. */
    default List<Timeline.Entry> timeline(Customer customer, Viewer viewer, Timeline.Cursor after, int limit) {
        return List.of();
    }
}
