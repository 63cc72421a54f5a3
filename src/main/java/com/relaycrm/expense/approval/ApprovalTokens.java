package com.relaycrm.expense.approval;

import com.relaycrm.expense.ApprovalDecision;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/** Issues the tokens of approval links: 32 random bytes, base64url; only their SHA-256 is stored. */
@Component
public class ApprovalTokens {

    /** 32 bytes in base64url without padding. */
    static final String TOKEN_PATTERN = "[A-Za-z0-9_-]{43}";

    private final SecureRandom random = new SecureRandom();
    private final ApprovalTokenRepository tokens;
    private final ApprovalMailProperties properties;

    ApprovalTokens(ApprovalTokenRepository tokens, ApprovalMailProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    /** Stores the hash of a new token for this task, approver and action; returns the token for the link. */
    public String issue(String taskId, String approver, ApprovalDecision action, long expenseRequestId) {
        return issue(taskId, approver, action.name(), expenseRequestId);
    }

    /** A reference for approval by reply: the reply's first word decides. */
    String issueReply(String taskId, String approver, long expenseRequestId) {
        return issue(taskId, approver, ApprovalToken.REPLY, expenseRequestId);
    }

    private String issue(String taskId, String approver, String action, long expenseRequestId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new ApprovalToken(hash(token), taskId, approver, action, expenseRequestId,
                Instant.now().plus(properties.tokenValidity())));
        return token;
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
