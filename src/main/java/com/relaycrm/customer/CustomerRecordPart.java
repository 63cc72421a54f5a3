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

    /** The section's name in the page's JSON, e.g. "serviceRequests". */
    String name();

    /** The area's records of the customer the viewer may see (null or empty for none), newest first. */
    Object part(Customer customer, Viewer viewer);

    /** The area's timeline events after the cursor, newest first, at most {@code limit}; none by default. */
    default List<Timeline.Entry> timeline(Customer customer, Viewer viewer, Timeline.Cursor after, int limit) {
        return List.of();
    }

    /**
     * The area's records of the customer that the viewer may see and that may have open tasks (not the closed ones),
     * at most a few hundred; the customer page shows their open tasks. None by default.
     */
    default List<OpenRecord> openRecords(Customer customer, Viewer viewer) {
        return List.of();
    }
}
