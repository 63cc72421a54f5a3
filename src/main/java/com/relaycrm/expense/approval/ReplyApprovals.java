package com.relaycrm.expense.approval;

import com.relaycrm.expense.ApprovalDecision;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Approval by reply (邮件回复审批): polls the approvals mailbox; a reply whose first word is APPROVE / REJECT (or
 * 同意 / 不同意) and which carries the {@code [ref:…]} of an approval email decides that task, with the rest of the
 * first paragraph as comment, provided it comes from the approver's own address (checked in
 * {@link ApprovalLinks#actByReply}). Anything else is logged and left alone; every message read is marked seen.
 */
@Component
public class ReplyApprovals {

    private static final Logger log = LoggerFactory.getLogger(ReplyApprovals.class);
    public static final Pattern REFERENCE = Pattern.compile("\\[ref:([A-Za-z0-9_-]{43})]");

    private final ApprovalLinks links;
    private final ImapSettings settings;

    ReplyApprovals(ApprovalLinks links, ImapSettings settings) {
        this.links = links;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${relay.expense.imap.poll-interval:PT1M}")
    @SchedulerLock(name = "reply-approvals-poll",
            lockAtMostFor = "${relay.scheduling.reply-approvals-poll.lock-at-most-for}",
            lockAtLeastFor = "${relay.scheduling.reply-approvals-poll.lock-at-least-for}")
    void poll() {
        if (settings.enabled()) {
            try {
                pollOnce(settings);
            } catch (MessagingException e) {
                log.warn("Approvals mailbox {}@{} not read: {}", settings.username(), settings.host(), e.getMessage());
            }
        }
    }

    /** Reads the unseen messages of the mailbox once; returns how many decided a task. */
    public int pollOnce(ImapSettings mailbox) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.store.protocol", mailbox.protocol());
        Store store = Session.getInstance(properties).getStore(mailbox.protocol());
        int decided = 0;
        store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
        try {
            Folder folder = store.getFolder(mailbox.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    if (handle(message)) {
                        decided++;
                    }
                    message.setFlag(Flags.Flag.SEEN, true);
                }
            } finally {
                folder.close(false);
            }
        } finally {
            store.close();
        }
        return decided;
    }

    private boolean handle(Message message) {
        try {
            String from = sender(message);
            String subject = message.getSubject() == null ? "" : message.getSubject();
            String text = plainText(message);
            Matcher reference = REFERENCE.matcher(subject);
            if (!reference.find()) {
                reference = REFERENCE.matcher(text == null ? "" : text);
                if (!reference.find()) {
                    log.info("Mail from {} ignored: no approval reference ({})", from, subject);
                    return false;
                }
            }
            String paragraph = firstParagraph(text);
            Reply reply = Reply.parse(paragraph);
            if (reply == null) {
                log.info("Mail from {} ignored: does not start with APPROVE, REJECT, 同意 or 不同意 ({})", from, subject);
                return false;
            }
            return links.actByReply(reference.group(1), from, reply.decision(), reply.comment());
        } catch (MessagingException | IOException | RuntimeException e) {
            log.warn("Mail ignored: cannot be read as an approval reply: {}", e.getMessage());
            return false;
        }
    }

    private static String sender(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        return from != null && from.length > 0 && from[0] instanceof InternetAddress address ? address.getAddress() : "";
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = plainText(body);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** The reply's own first paragraph: up to the first blank line, without quoted lines. */
    public static String firstParagraph(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder paragraph = new StringBuilder();
        for (String line : text.replace("\r", "").split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith(">")) {
                break;
            }
            if (trimmed.isEmpty()) {
                if (paragraph.length() > 0) {
                    break;
                }
                continue;
            }
            paragraph.append(paragraph.length() > 0 ? " " : "").append(trimmed);
        }
        return paragraph.toString();
    }

    /** The decision word and the comment after it. */
    public record Reply(ApprovalDecision decision, String comment) {

        public static Reply parse(String paragraph) {
            String text = paragraph.trim();
            String upper = text.toUpperCase(Locale.ROOT);
            for (String[] word : new String[][] {{"不同意", "REJECT"}, {"同意", "APPROVE"}}) {
                if (text.startsWith(word[0])) {
                    return new Reply(ApprovalDecision.valueOf(word[1]), rest(text.substring(word[0].length())));
                }
            }
            for (String word : new String[] {"APPROVE", "REJECT"}) {
                if (upper.startsWith(word) && (upper.length() == word.length()
                        || !Character.isLetterOrDigit(upper.charAt(word.length())))) {
                    return new Reply(ApprovalDecision.valueOf(word), rest(text.substring(word.length())));
                }
            }
            return null;
        }

        private static String rest(String text) {
            String comment = text.replaceFirst("^[\\s,.:;!，。：；！-]+", "").trim();
            return comment.isEmpty() ? null : comment;
        }
    }
}
