package com.relaycrm.support;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * Where the tests' real mail servers (GreenMail) listen. 3025/3143 unless the system properties
 * {@code relay.test.smtp-port} / {@code relay.test.imap-port} say otherwise, so that two checkouts can run their
 * suites on one machine at the same time ({@code ./mvnw test -Drelay.test.smtp-port=3125 -Drelay.test.imap-port=3243}).
 */
public final class TestMail {

    public static final int SMTP_PORT = Integer.getInteger("relay.test.smtp-port", 3025);
    public static final int IMAP_PORT = Integer.getInteger("relay.test.imap-port", 3143);

    private TestMail() {
    }

    public static ServerSetup smtp() {
        return new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP);
    }

    public static ServerSetup imap() {
        return new ServerSetup(IMAP_PORT, null, ServerSetup.PROTOCOL_IMAP);
    }
}
