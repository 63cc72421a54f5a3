package com.relaycrm.expense.approval;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface ApprovalTokenRepository extends JpaRepository<ApprovalToken, Long> {

    Optional<ApprovalToken> findByTokenHash(String tokenHash);

    /** For the confirming POST: two clicks at once must not both act. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<ApprovalToken> findLockedByTokenHash(String tokenHash);

    List<ApprovalToken> findByTaskId(String taskId);
}
