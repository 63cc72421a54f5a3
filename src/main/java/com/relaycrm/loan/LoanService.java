package com.relaycrm.loan;

import com.relaycrm.common.AccessDeniedException;
import com.relaycrm.common.InvalidInputException;
import com.relaycrm.common.NotFoundException;
import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.loan.LoanCommands.NewLoan;
import com.relaycrm.loan.LoanCommands.NewLoanItem;
import com.relaycrm.loan.internal.LoanAlertRepository;
import com.relaycrm.loan.internal.LoanFeedbackRepository;
import com.relaycrm.loan.internal.LoanProperties;
import com.relaycrm.loan.internal.LoanRepository;
import com.relaycrm.loan.internal.LoanSale;
import com.relaycrm.loan.internal.LoanSettlementRepository;
import com.relaycrm.loan.internal.StockMovementRepository;
import com.relaycrm.loan.process.LoanProcess;
import com.relaycrm.loan.process.LoanProcess.Data;
import com.relaycrm.loan.process.LoanProcess.Variables;
import com.relaycrm.organisation.Groups;
import com.relaycrm.organisation.OrganisationService;
import com.relaycrm.process.CurrentActor;
import com.relaycrm.service.RequestType;
import com.relaycrm.service.ServiceRequest;
import com.relaycrm.service.ServiceRequestCommands.NewServiceRequest;
import com.relaycrm.service.ServiceRequestService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loans (借出管理): requesting, reviewing, shipping, feedback, returns and conversions, closing. The {@code loan}
 * process calls it through its delegates; the REST API requests and shows loans through it.
 *
 * <p>Data permission: the owner sees their loans; managers (admin, sales-manager, service-manager) and the warehouse,
 * which ships and receives them, see every loan.
 */
@Service
@Transactional
public class LoanService {

    static final String[] REQUESTERS = {Groups.ADMIN, Groups.SALES, Groups.SALES_MANAGER, Groups.SERVICE,
            Groups.SERVICE_MANAGER};
    public static final String[] SEE_ALL = {Groups.ADMIN, Groups.SALES_MANAGER, Groups.SERVICE_MANAGER,
            Groups.WAREHOUSE};

    private final LoanRepository loans;
    private final LoanFeedbackRepository feedback;
    private final LoanSettlementRepository settlements;
    private final StockMovementRepository movements;
    private final LoanAlertRepository alerts;
    private final CustomerService customers;
    private final ServiceRequestService serviceRequests;
    private final LoanSale sale;
    private final LoanProcess process;
    private final OrganisationService organisation;
    private final LoanProperties properties;

    LoanService(LoanRepository loans, LoanFeedbackRepository feedback, LoanSettlementRepository settlements,
                StockMovementRepository movements, LoanAlertRepository alerts, CustomerService customers,
                ServiceRequestService serviceRequests, LoanSale sale, LoanProcess process,
                OrganisationService organisation, LoanProperties properties) {
        this.loans = loans;
        this.feedback = feedback;
        this.settlements = settlements;
        this.movements = movements;
        this.alerts = alerts;
        this.customers = customers;
        this.serviceRequests = serviceRequests;
        this.sale = sale;
        this.process = process;
        this.organisation = organisation;
        this.properties = properties;
    }

    /** A loan with everything that happened to it, as the API shows it. */
    public record LoanView(Loan loan, String customerName, List<LoanFeedback> feedback,
                           List<LoanSettlement> settlements, List<StockMovement> stockMovements,
                           List<LoanAlert> alerts) {
    }

    /** Requests a loan: validates everything, stores it and starts its process (both or neither). */
    public Loan request(NewLoan command, Viewer viewer) {
        viewer.requireAny("request loans", REQUESTERS);
        Customer customer;
        try {
            customer = customers.get(command.customerId(), viewer);
        } catch (NotFoundException | AccessDeniedException e) {
            throw new InvalidInputException("customerId", "no customer " + command.customerId() + " you may lend to");
        }
        if (command.expectedFeedbackDate().isBefore(command.expectedShipDate())) {
            throw new InvalidInputException("expectedFeedbackDate", "must not be before the expected ship date",
                    "不能早于预计发货日期");
        }
        if (command.expectedReturnDate().isBefore(command.expectedShipDate())) {
            throw new InvalidInputException("expectedReturnDate", "must not be before the expected ship date",
                    "不能早于预计发货日期");
        }
        Loan loan = new Loan(customer.getId(), viewer.userId(), command.purpose().trim(), command.expectedShipDate(),
                command.expectedFeedbackDate(), command.expectedReturnDate(), null);
        for (NewLoanItem item : command.items()) {
            loan.addItem(item.product().trim(), blankToNull(item.serialNumber()), item.quantity(), item.unitPrice());
        }
        return start(loan, customer);
    }

    private Loan start(Loan loan, Customer customer) {
        loans.save(loan);
        loan.assignNumber();
        loan.attachProcess(process.start(loan, customer.getName(),
                loan.getPreviousLoanId() == null ? null : loan(loan.getPreviousLoanId()).getLoanNumber()));
        return loan;
    }

    @Transactional(readOnly = true)
    public Page<Loan> visibleTo(Viewer viewer, Pageable page) {
        return viewer.inAny(SEE_ALL) ? loans.findAllByOrderByIdDesc(page)
                : loans.findByOwnerIdOrderByIdDesc(viewer.userId(), page);
    }

    @Transactional(readOnly = true)
    public LoanView view(long id, Viewer viewer) {
        Loan loan = loan(id);
        if (!viewer.inAny(SEE_ALL) && !loan.getOwnerId().equals(viewer.userId())) {
            throw new NotFoundException("Loan", id);
        }
        return new LoanView(loan, customers.customer(loan.getCustomerId()).getName(),
                feedback.findByLoanIdOrderById(id), settlements.findByLoanIdOrderById(id),
                movements.findByLoanIdOrderById(id), alerts.findByLoanIdOrderById(id));
    }

    /** The id of the loan with the number, for whoever may see it ({@link #view} checks). */
    @Transactional(readOnly = true)
    public long idOfNumber(String loanNumber) {
        return loans.findByLoanNumber(loanNumber).map(Loan::getId)
                .orElseThrow(() -> new NotFoundException("Loan", loanNumber));
    }

    @Transactional(readOnly = true)
    public Loan loan(long id) {
        return loans.findById(id).orElseThrow(() -> new NotFoundException("Loan", id));
    }

    /** Every loan still out or waiting to ship (for the overdue report). */
    @Transactional(readOnly = true)
    public List<Loan> openLoans() {
        return loans.findByStatusIn(List.of(LoanStatus.APPROVED, LoanStatus.SHIPPED));
    }

    // ---- process steps ----

    // Every step finds its loan from the process instance the application started for it (never from a variable a
    // user could send), re-checks that the loan is where the step expects it, and that the acting user may take the
    // step; reviews are never done by the loan's owner (who requested it) or the requester of a conversion.

    /** The loan this process instance was started for. */
    @Transactional(readOnly = true)
    public Loan loanOfProcess(String processInstanceId) {
        return loans.findByProcessInstanceId(processInstanceId).orElseThrow(() ->
                new InvalidInputException(Data.LOAN_ID, "this process is not the process of a stored loan"));
    }

    /** "Record review": a sales manager other than the loan's owner, while the loan waits for review. */
    public void review(long loanId, boolean approved, String userId, String note) {
        Loan loan = loan(loanId);
        if (loan.getStatus() != LoanStatus.REQUESTED) {
            throw new InvalidInputException(Variables.LOAN_APPROVED, "loan " + loan.getLoanNumber() + " is "
                    + loan.getStatus()
                    + ", not waiting for review");
        }
        requireReviewer(Variables.LOAN_APPROVED, userId, "review loan " + loan.getLoanNumber());
        if (userId.equals(loan.getOwnerId())) {
            throw new AccessDeniedException("loanApproved: " + userId + " requested loan " + loan.getLoanNumber()
                    + " and may not review it themselves");
        }
        loan.reviewed(approved, userId, note);
    }

    /** Stock-out of every item by the warehouse; resolves a shipment-late alert. */
    public void ship(long loanId, String userId, String note) {
        Loan loan = loan(loanId);
        if (loan.getStatus() != LoanStatus.APPROVED) {
            throw new InvalidInputException(Variables.SHIPMENT_NOTE, "loan " + loan.getLoanNumber() + " is "
                    + loan.getStatus());
        }
        requireGroup(userId, "ship loan " + loan.getLoanNumber(), Groups.WAREHOUSE);
        loan.shipped(userId, note);
        for (LoanItem item : loan.getItems()) {
            movements.save(new StockMovement(loan.getId(), item.getId(), StockMovement.OUT, item.getQuantity(),
                    loan.getLoanNumber(), userId));
        }
        resolveAlert(loanId, AlertKind.SHIPMENT_LATE);
    }

    /** The feedback (反馈单); resolves a feedback-overdue alert. */
    public void recordFeedback(long loanId, String text, String userId) {
        requireFollowUp(loan(loanId), userId);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(Variables.FEEDBACK, "is required when recording feedback",
                    "登记反馈时必填");
        }
        feedback.save(new LoanFeedback(loanId, text.trim(), userId));
        resolveAlert(loanId, AlertKind.FEEDBACK_OVERDUE);
    }

    /**
     * A return or conversion of the items named by {@code items} ("ALL", empty = everything outstanding, or lines
     * such as {@code 1:2, 3} = two of line 1 and all outstanding of line 3); the quantities are held until it is
     * received or reviewed.
     */
    public LoanSettlement requestSettlement(long loanId, SettlementKind kind, ConversionType conversionType,
                                     String newCustomerCode, String items, String note, String userId) {
        Loan loan = loan(loanId);
        requireFollowUp(loan, userId);
        Long newCustomerId = null;
        if (conversionType == ConversionType.LOAN) {
            if (newCustomerCode == null) {
                throw new InvalidInputException(Variables.NEW_CUSTOMER_CODE,
                        "is required to lend the items to another customer", "转借给其他客户时必填");
            }
            Customer other = customers.customerByCode(newCustomerCode).orElseThrow(() ->
                    new InvalidInputException(Variables.NEW_CUSTOMER_CODE, "no customer with code " + newCustomerCode,
                            "没有编号为 " + newCustomerCode + " 的客户"));
            if (other.getId().equals(loan.getCustomerId())) {
                throw new InvalidInputException(Variables.NEW_CUSTOMER_CODE, "is the loan's own customer",
                        "是本借出单自己的客户");
            }
            newCustomerId = other.getId();
        }
        Map<LoanItem, Integer> quantities = parseItems(loan, items);
        LoanSettlement settlement = new LoanSettlement(loanId, kind, conversionType, newCustomerId, note, userId);
        quantities.forEach((item, quantity) -> {
            item.reserve(quantity);
            settlement.addLine(item.getId(), quantity);
        });
        return settlements.save(settlement);
    }

    private static Map<LoanItem, Integer> parseItems(Loan loan, String text) {
        Map<LoanItem, Integer> quantities = new LinkedHashMap<>();
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("ALL")) {
            loan.getItems().stream().filter(i -> i.getOutstandingQuantity() > 0)
                    .forEach(i -> quantities.put(i, i.getOutstandingQuantity()));
        } else {
            for (String part : text.split("[,;\\n]")) {
                if (part.isBlank()) {
                    continue;
                }
                String[] lineAndQuantity = part.trim().split("\\s*[:x×]\\s*");
                LoanItem item;
                int quantity;
                try {
                    int lineNo = Integer.parseInt(lineAndQuantity[0].trim());
                    item = loan.item(lineNo).orElseThrow(() ->
                            new InvalidInputException(Variables.SETTLE_ITEMS, "loan " + loan.getLoanNumber()
                                    + " has no item " + lineNo, "借出单 " + loan.getLoanNumber() + " 没有第 "
                                    + lineNo + " 行物品"));
                    quantity = lineAndQuantity.length > 1 ? Integer.parseInt(lineAndQuantity[1].trim())
                            : item.getOutstandingQuantity();
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(Variables.SETTLE_ITEMS, "'" + part.trim()
                            + "' is not an item line number, optionally with a quantity (2:1)",
                            "'" + part.trim() + "' 不是物品行号（可附数量，如 2:1）");
                }
                if (quantity <= 0 || quantity > item.getOutstandingQuantity() - quantities.getOrDefault(item, 0)) {
                    throw new InvalidInputException(Variables.SETTLE_ITEMS, "item " + item.getLineNo() + " has "
                            + item.getOutstandingQuantity() + " outstanding, not " + quantity, "第 "
                            + item.getLineNo() + " 行未结数量为 " + item.getOutstandingQuantity() + "，不是 " + quantity);
                }
                quantities.merge(item, quantity, Integer::sum);
            }
        }
        if (quantities.isEmpty()) {
            throw new InvalidInputException(Variables.SETTLE_ITEMS, "no outstanding item to settle", "没有可处理的未结物品");
        }
        return quantities;
    }

    public String describe(LoanSettlement settlement) {
        Loan loan = loan(settlement.getLoanId());
        List<String> lines = new ArrayList<>();
        lines.add((settlement.getKind() == SettlementKind.RETURN ? "Return" : "Conversion to "
                + settlement.getConversionType()) + (settlement.getNewCustomerId() == null ? ""
                : " (customer " + customers.customer(settlement.getNewCustomerId()).getName() + ")") + ":");
        for (SettlementLine line : settlement.getLines()) {
            lines.add(item(loan, line.getItemId()).line(line.getQuantity()));
        }
        if (settlement.getNote() != null) {
            lines.add("Note: " + settlement.getNote());
        }
        return String.join("\n", lines);
    }

    /** The warehouse received a return: stock-in, items settled; damaged goods open a repair service request. */
    public LoanSettlement receiveReturn(long loanId, long settlementId, ItemCondition condition, String note,
                                        String userId) {
        LoanSettlement settlement = pending(loanId, settlementId, SettlementKind.RETURN);
        Loan loan = loan(settlement.getLoanId());
        requireShipped(loan, Variables.ITEM_CONDITION);
        requireGroup(userId, "receive returns of loan " + loan.getLoanNumber(), Groups.WAREHOUSE);
        settlement.received(condition);
        settlement.decided(true, userId, note);
        for (SettlementLine line : settlement.getLines()) {
            item(loan, line.getItemId()).settle(line.getQuantity());
            movements.save(new StockMovement(loan.getId(), line.getItemId(), StockMovement.IN, line.getQuantity(),
                    "RETURN-" + settlement.getId(), userId));
        }
        if (condition == ItemCondition.DAMAGED) {
            ServiceRequest repair = serviceRequests.openFor(new NewServiceRequest(loan.getCustomerId(), null,
                    RequestType.REPAIR, "Repair returned loan items of " + loan.getLoanNumber(),
                    describe(settlement) + "\nReceived damaged" + (note == null ? "" : ": " + note)), userId);
            settlement.repair(repair.getId());
        }
        return settlement;
    }

    /** A sales manager's review of a conversion; approved, it takes effect (sale priced, new loan started, ...). */
    public LoanSettlement decideConversion(long loanId, long settlementId, boolean approved, String note,
                                           String userId) {
        LoanSettlement settlement = pending(loanId, settlementId, SettlementKind.CONVERSION);
        Loan loan = loan(settlement.getLoanId());
        requireShipped(loan, Variables.CONVERSION_APPROVED);
        requireReviewer(Variables.CONVERSION_APPROVED, userId, "review conversions of loan " + loan.getLoanNumber());
        if (userId.equals(settlement.getRequestedBy()) || userId.equals(loan.getOwnerId())) {
            throw new AccessDeniedException("conversionApproved: " + userId + " owns loan " + loan.getLoanNumber()
                    + " or asked for this conversion and may not review it themselves");
        }
        settlement.decided(approved, userId, note);
        if (!approved) {
            settlement.getLines().forEach(line -> item(loan, line.getItemId()).release(line.getQuantity()));
            return settlement;
        }
        settlement.getLines().forEach(line -> item(loan, line.getItemId()).settle(line.getQuantity()));
        switch (settlement.getConversionType()) {
            case SALE -> settlement.sold(sale.sell(loan, settlement, itemId -> item(loan, itemId)));
            case LOAN -> settlement.newLoan(lendOn(loan, settlement).getId());
            case GIFT, CONSUMPTION -> {
                // recorded by the settlement itself: the items leave the books as a gift or as consumed
            }
        }
        return settlement;
    }

    /** Conversion to a loan to another customer: a new loan of the converted items, linked to the old one. */
    private Loan lendOn(Loan old, LoanSettlement settlement) {
        Customer customer = customers.customer(settlement.getNewCustomerId());
        java.time.LocalDate today = java.time.LocalDate.now();
        Loan loan = new Loan(customer.getId(), old.getOwnerId(), "Lent on from " + old.getLoanNumber() + ": "
                + old.getPurpose(), today, max(today, old.getExpectedFeedbackDate()),
                max(today, old.getExpectedReturnDate()), old.getId());
        for (SettlementLine line : settlement.getLines()) {
            LoanItem item = item(old, line.getItemId());
            loan.addItem(item.getProduct(), item.getSerialNumber(), line.getQuantity(), item.getUnitPrice());
        }
        return start(loan, customer);
    }

    private static java.time.LocalDate max(java.time.LocalDate a, java.time.LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    public void close(long loanId) {
        Loan loan = loan(loanId);
        loan.closed();
        alerts.findByLoanIdAndResolvedAtIsNull(loanId).forEach(LoanAlert::resolved);
    }

    public boolean hasFeedback(long loanId) {
        return feedback.existsByLoanId(loanId);
    }

    public void resolveAlert(long loanId, AlertKind kind) {
        alerts.findByLoanIdAndKind(loanId, kind).ifPresent(LoanAlert::resolved);
    }

    private LoanSettlement pending(long loanId, long settlementId, SettlementKind kind) {
        LoanSettlement settlement = settlements.findById(settlementId)
                .orElseThrow(() -> new NotFoundException("Loan settlement", settlementId));
        if (settlement.getLoanId() != loanId || settlement.getKind() != kind
                || settlement.getStatus() != SettlementStatus.PENDING) {
            throw new InvalidInputException(Data.SETTLEMENT_ID, "settlement " + settlementId + " is not a pending "
                    + kind.name().toLowerCase());
        }
        return settlement;
    }

    private static void requireShipped(Loan loan, String field) {
        if (loan.getStatus() != LoanStatus.SHIPPED) {
            throw new InvalidInputException(field, "loan " + loan.getLoanNumber() + " is " + loan.getStatus()
                    + ", not out with the customer");
        }
    }

    /** Feedback, returns and conversions: while the loan is out, by its owner or a manager who sees every loan. */
    private void requireFollowUp(Loan loan, String userId) {
        requireShipped(loan, Variables.FOLLOW_UP_ACTION);
        if (!userId.equals(loan.getOwnerId()) && !CurrentActor.SYSTEM.equals(userId)) {
            requireGroup(userId, "follow up loan " + loan.getLoanNumber(), Groups.SALES_MANAGER,
                    Groups.SERVICE_MANAGER);
        }
    }

    /** A review is a named person of the managers' group (relay.loans.manager-group) or an administrator. */
    private void requireReviewer(String field, String userId, String action) {
        if (CurrentActor.SYSTEM.equals(userId) || !organisation.groupIds(userId).stream()
                .anyMatch(group -> group.equals(properties.managerGroup()) || group.equals(Groups.ADMIN))) {
            throw new AccessDeniedException(field + ": " + userId + " may not " + action);
        }
    }

    /** The application itself (no signed-in user), an administrator, or a member of one of the groups. */
    private void requireGroup(String userId, String action, String... groups) {
        if (CurrentActor.SYSTEM.equals(userId)) {
            return;
        }
        List<String> own = organisation.groupIds(userId);
        if (own.contains(Groups.ADMIN) || java.util.Arrays.stream(groups).anyMatch(own::contains)) {
            return;
        }
        throw new AccessDeniedException(userId + " may not " + action);
    }

    private static LoanItem item(Loan loan, long itemId) {
        return loan.getItems().stream().filter(i -> i.getId() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("Loan item", itemId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
