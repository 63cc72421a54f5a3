package com.relaycrm.expense;

import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.Timeline;
import com.relaycrm.common.Viewer;
import com.relaycrm.expense.internal.ApprovalStepRepository;
import com.relaycrm.expense.internal.ExpenseRecordRepository;
import com.relaycrm.expense.internal.ExpenseRequestRepository;
import com.relaycrm.organisation.Groups;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
        return requests.findVisibleTo(viewer.userId(), Approver.user(viewer.userId()).toString(), groupApprovers(viewer),
                page);
    }

    /** The viewer's groups as approvers ("group:sales"); one that matches no step when they have none. */
    private static List<String> groupApprovers(Viewer viewer) {
        List<String> groupApprovers = new ArrayList<>(viewer.groups().stream().map(g -> "group:" + g).toList());
        if (groupApprovers.isEmpty()) {
            groupApprovers.add("group:");
        }
        return groupApprovers;
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
        return linkedBefore(type, linkId, Timeline.Cursor.START.at(), Long.MAX_VALUE, viewer, limit);
    }

    /**
     * Requests raised for a linked record that the viewer may see, created before {@code (at, idBelow)}, newest first,
     * at most {@code limit}, for a paged timeline: one query, the visibility rule of {@link #visibleTo} in it.
     */
    public List<ExpenseRequest> linkedBefore(LinkType type, long linkId, java.time.Instant at, long idBelow,
                                             Viewer viewer, int limit) {
        return requests.linkedBefore(type, linkId, at, idBelow, viewer.inAny(SEE_ALL), viewer.userId(),
                Approver.user(viewer.userId()).toString(), groupApprovers(viewer), PageRequest.of(0, limit));
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
