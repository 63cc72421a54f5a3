package com.relaycrm.common;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creating a record over REST under the client's {@code Idempotency-Key} header (leads, service requests): the key
 * and a digest of the command are stored with the record in the transaction that creates it, unique per user, so a
 * retry with the same key and command answers the record created first and creates nothing, whichever node it
 * reaches and even while the first is still being created (its insert waits for the first's commit, then finds it);
 * the same key with another command is refused ({@link IdempotencyKeyReusedException}, REST 422 naming the header).
 * Each attempt runs in its own transaction (a lost race on the key rolls one back), so callers must not hold one.
 */
@Component
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    /** Answer header of a retry: the record is the one created first. */
    public static final String REPLAYED = "Idempotent-Replayed";
    static final int MAX_LENGTH = 255;
    /** Tries to create under a key another request holds (1 s of waits in all). */
    private static final int ATTEMPTS = 5;

    /** A record that can be created under a key: its id, and the key and digest it was created under. */
    public interface Keyed {
        Long getId();

        /** Null when it was created without a key. */
        IdempotentEntry idempotentEntry();
    }

    /** What creating under a key gave: a new record, or the one created earlier under the key. */
    public record Entry<T>(T record, boolean replayed) {
    }

    private final TransactionTemplate transaction;

    Idempotency(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Creates a record ({@code kind} names it in the refusal) under the key, or answers the one the user created under
     * it before: {@code earlier} finds the user's record under the key, {@code create} creates one storing the key and
     * the digest it is given (the key's unique index must be written first, before anything else is done). Without a
     * key ({@code null}: the client sent none) the record is created, key and digest null, every time.
     */
    public <T extends Keyed> Entry<T> create(String key, Record command, String kind, Supplier<Optional<T>> earlier,
                                             Function<String, T> create) {
        if (key == null) {
            return new Entry<>(transaction.execute(status -> create.apply(null)), false);
        }
        check(key);
        String digest = digest(command);
        for (int attempt = 1; ; attempt++) {
            Optional<T> found = transaction.execute(status -> earlier.get());
            if (found.isPresent()) {
                if (!found.get().idempotentEntry().madeBy(digest)) {
                    throw new IdempotencyKeyReusedException(key, kind + " " + found.get().getId());
                }
                return new Entry<>(found.get(), true);
            }
            try {
                return new Entry<>(transaction.execute(status -> create.apply(digest)), false);
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
                // another request created a record under the key meanwhile (on PostgreSQL its commit ended our
                // insert's wait; H2 may refuse before the other commits, or give up waiting for it with a lock
                // timeout): look again, a little later each time; a violation or lock timeout that is not the key's
                // (the record never shows) is passed on
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                sleep(100L * attempt);
            }
        }
    }

    /** 1 to 255 visible ASCII characters (a UUID is the usual choice). */
    public static void check(String key) {
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidInputException(HEADER, "must be 1 to " + MAX_LENGTH + " visible ASCII characters");
        }
    }

    /**
     * SHA-256 of the command's fields as the API read them (each with its length, so no two commands share one; a
     * field the command gains later is taken too): the same JSON however spaced or ordered gives the same digest.
     */
    public static String digest(Record command) {
        StringBuilder text = new StringBuilder(command.getClass().getSimpleName());
        try {
            for (RecordComponent component : command.getClass().getRecordComponents()) {
                Object value = component.getAccessor().invoke(command);
                String field = value == null ? null : value.toString();
                text.append('|').append(component.getName()).append('=')
                        .append(field == null ? "-" : field.length() + ":" + field);
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (ReflectiveOperationException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot digest " + command.getClass().getSimpleName(), e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating under an Idempotency-Key", e);
        }
    }
}
