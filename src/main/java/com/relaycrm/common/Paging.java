package com.relaycrm.common;

import org.springframework.data.domain.PageRequest;

/**
 * The page of a list a person asks for ({@code ?page=0&size=50}): lists are never answered whole, since at 100,000
 * records the whole list is neither fast nor readable. Newest or alphabetical order is the list's own.
 */
public final class Paging {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    private Paging() {
    }

    /** The page, refused with a message naming the parameter when it is out of range. */
    public static PageRequest of(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
        }
        return PageRequest.of(page, size);
    }

    /** The first page of the default size. */
    public static PageRequest first() {
        return PageRequest.of(0, DEFAULT_SIZE);
    }
}
