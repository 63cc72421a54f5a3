package com.relaycrm.search;

import com.relaycrm.common.RecordSearch;
import com.relaycrm.security.CurrentUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SearchController {

    private final SearchService search;
    private final CurrentUser currentUser;

    SearchController(SearchService search, CurrentUser currentUser) {
        this.search = search;
        this.currentUser = currentUser;
    }

    /** GET /api/search?q=text: the records the user may see whose number, name, phone or email contains the text. */
    @GetMapping("/api/search")
    List<RecordSearch.Hit> search(@RequestParam(required = false) String q) {
        return search.search(q, currentUser.viewer());
    }
}
