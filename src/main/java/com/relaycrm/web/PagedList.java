package com.relaycrm.web;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;

/**
 * A page of a list as the API answers it: the records as a JSON array, and how many there are in all and which page
 * this is in the headers {@code X-Total-Count}, {@code X-Page} and {@code X-Page-Size}.
 */
public final class PagedList {

    private PagedList() {
    }

    public static <T> ResponseEntity<List<T>> of(Page<T> page) {
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(page.getTotalElements()))
                .header("X-Page", String.valueOf(page.getNumber()))
                .header("X-Page-Size", String.valueOf(page.getSize()))
                .body(page.getContent());
    }
}
