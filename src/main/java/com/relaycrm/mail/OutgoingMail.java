package com.relaycrm.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends a text + HTML email when the current transaction commits (at once outside a transaction). A mail server
 * that is down is logged and never fails the business step that wanted the mail: the task list still has it.
 */
@Component
public class OutgoingMail {

    private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;

    OutgoingMail(ObjectProvider<JavaMailSender> mailSender) {
        this.mailSender = mailSender;
    }

    /** One message; {@code replyTo} may be null. */
    public record Message(String from, String to, String replyTo, String subject, String text, String html) {
    }

    public void sendAfterCommit(Message message) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(message);
                }
            });
        } else {
            send(message);
        }
    }

    private void send(Message message) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.warn("Email to {} not sent: no mail server configured (spring.mail.host)", message.to());
            return;
        }
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(message.from());
            helper.setTo(message.to());
            helper.setSubject(message.subject());
            if (message.replyTo() != null && !message.replyTo().isBlank()) {
                helper.setReplyTo(message.replyTo());
            }
            helper.setText(message.text(), message.html());
            sender.send(mime);
            log.info("Email sent to {}: {}", message.to(), message.subject());
        } catch (MailException | MessagingException e) {
            log.warn("Email to {} not sent ({}): the task stays in Tasklist", message.to(), e.getMessage());
        }
    }
}
