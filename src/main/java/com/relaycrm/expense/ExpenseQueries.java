package com.relaycrm.expense;

import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.Viewer;
import com.relaycrm.expense.internal.ApprovalStepRepository;
import com.relaycrm.expense.internal.ExpenseRecordRepository;
import com.relaycrm.expense.internal.ExpenseRequestRepository;
import com.relaycrm.organisation.Groups;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading expense requests, with data permissions: finance and administrators see all; everyone else sees the
 * requests they raised and those that came to them for approval (to them by name, to one of their groups, by
 * transfer, or that they acted on).
 */
@Service
@Transactional(readOnly = true)
public class ExpenseQueries {

    public static final String[] SEE_ALL = {Groups.FINANCE, Groups.ADMIN};

    private final ExpenseRequestRepository requests;
    private final ApprovalStepRepository steps;
    private final ExpenseRecordRepository records;

    ExpenseQueries(ExpenseRequestRepository requests, ApprovalStepRepository steps, ExpenseRecordRepository records) {
        this.requests = requests;
        this.steps = steps;
        this.records = records;
    }

    /** A request with its approval history and, once paid, its expense record. */
    public record ExpenseDetails(ExpenseRequest request, List<ApprovalStep> steps, ExpenseRecord record) {
    }

    public Page<ExpenseRequest> visibleTo(Viewer viewer, Pageable page) {
        if (viewer.inAny(SEE_ALL)) {
            return requests.findAllByOrderByIdDesc(page);
        }
        List<String> groupApprovers = new ArrayList<>(viewer.groups().stream().map(g -> "group:" + g).toList());
        if (groupApprovers.isEmpty()) {
            groupApprovers.add("group:");
        }
        return requests.findVisibleTo(viewer.userId(), Approver.user(viewer.userId()).toString(), groupApprovers,
                page);
    }

    public ExpenseDetails details(long id, Viewer viewer) {
        ExpenseRequest request = requests.findById(id).orElseThrow(() -> new NotFoundException("Expense request", id));
        ExpenseDetails details = details(request);
        if (!maySee(details, viewer)) {
            throw new NotFoundException("Expense request", id);
        }
        return details;
    }

    private static boolean maySee(ExpenseDetails details, Viewer viewer) {
        return viewer.inAny(SEE_ALL) || details.request().getRequesterId().equals(viewer.userId())
                || details.steps().stream().anyMatch(step -> concerns(step, viewer));
    }

    /** The id of the request with the number, for whoever may see it ({@link #details(long, Viewer)} checks). */
    public long idOfNumber(String requestNumber) {
        return requests.findByRequestNumber(requestNumber).map(ExpenseRequest::getId)
                .orElseThrow(() -> new NotFoundException("Expense request", requestNumber));
    }

    /** Requests raised for a linked record that the viewer may see (as {@link #details(long, Viewer)}), newest first. */
    public List<ExpenseRequest> linkedTo(LinkType type, long linkId, Viewer viewer, int limit) {
        return requests.findByLinkTypeAndLinkIdOrderByIdDesc(type, linkId,
                org.springframework.data.domain.PageRequest.of(0, limit)).stream()
                .filter(request -> maySee(details(request), viewer)).toList();
    }

    /**
     * Requests raised for a linked record that the viewer may see, created before {@code (at, idBelow)}, newest first,
     * at most {@code limit}: read in batches after the cursor until enough are visible, for a paged timeline.
     */
    public List<ExpenseRequest> linkedBefore(LinkType type, long linkId, java.time.Instant at, long idBelow,
                                             Viewer viewer, int limit) {
        List<ExpenseRequest> visible = new java.util.ArrayList<>();
        java.time.Instant cursorAt = at;
        long cursorId = idBelow;
        while (visible.size() < limit) {
            List<ExpenseRequest> batch = requests.linkedBefore(type, linkId, cursorAt, cursorId,
                    org.springframework.data.domain.PageRequest.of(0, Math.max(limit, 50)));
            for (ExpenseRequest request : batch) {
                if (visible.size() < limit && maySee(details(request), viewer)) {
                    visible.add(request);
                }
            }
            if (batch.size() < Math.max(limit, 50)) {
                break;
            }
            ExpenseRequest last = batch.get(batch.size() - 1);
            cursorAt = last.getCreatedAt();
            cursorId = last.getId();
        }
        return visible;
    }

    /** For the application itself (tests, reports): no data permission applied. */
    public ExpenseDetails details(long id) {
        return details(requests.findById(id).orElseThrow(() -> new NotFoundException("Expense request", id)));
    }

    private ExpenseDetails details(ExpenseRequest request) {
        return new ExpenseDetails(request, steps.findByExpenseRequestIdOrderById(request.getId()),
                records.findByExpenseRequestId(request.getId()).orElse(null));
    }

    private static boolean concerns(ApprovalStep step, Viewer viewer) {
        String user = viewer.userId();
        return user.equals(step.getActedBy()) || user.equals(step.getOnBehalfOf()) || user.equals(step.getTransferTo())
                || step.getApprover().equals(Approver.user(user).toString())
                || viewer.groups().stream().anyMatch(g -> step.getApprover().equals("group:" + g));
    }
}
