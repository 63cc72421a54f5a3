package com.relaycrm.expense;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the approval emails GreenMail received: which went to whom, and the links in them. */
final class ApprovalMessages {

    private static final Pattern LINK = Pattern.compile("/approval/([A-Za-z0-9_-]{43})");

    private ApprovalMessages() {
    }

    /** The emails about this request to this address, waiting up to a few seconds for them to arrive. */
    static List<MimeMessage> to(GreenMailExtension greenMail, String address, String requestNumber, int expected)
            throws Exception {
        long until = System.currentTimeMillis() + 10_000;
        List<MimeMessage> found;
        do {
            found = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> about(m, address, requestNumber)).toList();
            if (found.size() >= expected) {
                return found;
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < until);
        return found;
    }

    private static boolean about(MimeMessage message, String address, String requestNumber) {
        try {
            return message.getSubject().contains(requestNumber) && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(address));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String part(MimeMessage message, String mimeType) throws Exception {
        String found = find(message, mimeType);
        assertThat(found).as(mimeType + " part").isNotNull();
        return found;
    }

    private static String find(Part part, String mimeType) throws Exception {
        if (part.isMimeType(mimeType)) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = find(body, mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The tokens of the links in a text, in order (Approve first, then Reject). */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = LINK.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group(1));
        }
        return tokens;
    }
}
