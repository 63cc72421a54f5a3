package com.relaycrm.expense.web;

import com.relaycrm.expense.ExpenseCommands.NewDelegation;
import com.relaycrm.expense.approval.ApprovalDelegation;
import com.relaycrm.expense.approval.ApprovalDelegations;
import com.relaycrm.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The current user's delegations while away: set one up, list them, recall one. */
@RestController
@RequestMapping("/api/approval-delegations")
class ApprovalDelegationController {

    private final ApprovalDelegations delegations;
    private final CurrentUser currentUser;

    ApprovalDelegationController(ApprovalDelegations delegations, CurrentUser currentUser) {
        this.delegations = delegations;
        this.currentUser = currentUser;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApprovalDelegation delegate(@Valid @RequestBody NewDelegation command) {
        return delegations.delegate(command, currentUser.viewer());
    }

    @GetMapping
    List<ApprovalDelegation> mine() {
        return delegations.of(currentUser.viewer());
    }

    @PostMapping("/{id}/recall")
    ApprovalDelegation recall(@PathVariable long id) {
        return delegations.recall(id, currentUser.viewer());
    }
}
