package com.relaycrm.expense.approval;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The mailbox approvers reply to ({@code relay.expense.imap.*}): approval emails carry it as Reply-To, and
 * {@link ReplyApprovals} polls it when enabled.
 */
@ConfigurationProperties("relay.expense.imap")
public record ImapSettings(boolean enabled, String protocol, String host, int port, String username,
                           String password, String folder, String address, Duration pollInterval) {

    public ImapSettings {
        protocol = protocol == null || protocol.isBlank() ? "imaps" : protocol;
        folder = folder == null || folder.isBlank() ? "INBOX" : folder;
    }
}
