package com.relaycrm.search;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.RecordSearch;
import com.relaycrm.common.Viewer;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The search box: customers, contacts, service requests, leads and opportunities by number, name, phone or email.
 * Each business area searches its own records under its own data permission ({@link RecordSearch}); this only asks
 * them all and puts the answers together, so nobody finds a record that /api would not show them.
 */
@Service
public class SearchService {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 100;
    /** Hits per kind of record. */
    public static final int PER_KIND = 20;

    private final List<RecordSearch> areas;

    SearchService(List<RecordSearch> areas) {
        this.areas = areas;
    }

    public List<RecordSearch.Hit> search(String query, Viewer viewer) {
        String text = query == null ? "" : query.strip();
        if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            throw new InvalidInputException("q", "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("q", "must be plain text");
        }
        List<RecordSearch.Hit> hits = new ArrayList<>();
        for (RecordSearch area : areas) {
            hits.addAll(area.search(text, viewer, PER_KIND));
        }
        return hits;
    }
}
