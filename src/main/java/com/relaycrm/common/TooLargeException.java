package com.relaycrm.common;

import java.io.IOException;

/** A request body read past its limit (HTTP 413); thrown while reading, so it may arrive wrapped. */
public class TooLargeException extends IOException {

    public TooLargeException(long limit) {
        super("The request body is too large: at most " + limit + " bytes");
    }
}
