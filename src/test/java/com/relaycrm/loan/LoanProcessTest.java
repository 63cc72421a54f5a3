package com.relaycrm.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.relaycrm.common.InvalidInputException;
import com.relaycrm.customer.Customer;
import com.relaycrm.customer.CustomerService;
import com.relaycrm.loan.LoanCommands.NewLoan;
import com.relaycrm.loan.LoanCommands.NewLoanItem;
import com.relaycrm.sales.opportunity.SalesOrder;
import com.relaycrm.sales.opportunity.SalesOrders;
import com.relaycrm.support.Fixtures;
import com.relaycrm.support.RelayProcessTest;
import com.relaycrm.support.TaskForms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives {@code processes/loan.bpmn} through every path: rejected; approved, shipped (stock-out), feedback, partial
 * and full returns; a damaged return opening a repair service request; each conversion (sale priced, gift,
 * consumption, loan to another customer as a new linked loan) and a rejected conversion; checking the process
 * state and the loan's rows after each step.
 */
@RelayProcessTest
class LoanProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired TaskService taskService;
    @Autowired FormService formService;
    @Autowired LoanService loans;
    @Autowired LoanTestSupport support;
    @Autowired Fixtures fixtures;
    @Autowired CustomerService customers;
    @Autowired SalesOrders orders;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aRejectedLoanEndsWithoutShipping() {
        Loan loan = support.request(LocalDate.now().plusDays(2));
        ProcessInstance process = support.process(loan);
        assertThat(process).isWaitingAt("ReviewLoan");
        assertThat(support.task(process, "ReviewLoan")).hasCandidateGroup("sales-manager");

        support.complete(process, "ReviewLoan", "salesmgr1", Map.of("loanApproved", "NO", "reviewNote", "No stock"));

        assertThat(process).isEnded().hasPassed("LoanRejected").hasNotPassed("ShipLoan");
        Loan rejected = loans.loan(loan.getId());
        assertThat(rejected.getStatus()).isEqualTo(LoanStatus.REJECTED);
        assertThat(rejected.getReviewedBy()).isEqualTo("salesmgr1");
        assertThat(rejected.getReviewNote()).isEqualTo("No stock");
        assertThat(movements(loan)).isZero();
    }

    @Test
    void shippedFeedbackPartialReturnThenSaleOfTheRestClosesTheLoan() {
        Loan loan = support.request(LocalDate.now().plusDays(1));
        ProcessInstance process = support.process(loan);
        support.complete(process, "ReviewLoan", "salesmgr1", Map.of("loanApproved", "YES"));
        assertThat(process).isWaitingAt("ShipLoan");
        assertThat(support.task(process, "ShipLoan")).hasCandidateGroup("warehouse");
        assertThat(loans.loan(loan.getId()).getStatus()).isEqualTo(LoanStatus.APPROVED);

        support.complete(process, "ShipLoan", "warehouse1", Map.of("shipmentNote", "Waybill SF123"));
        Loan shipped = loans.loan(loan.getId());
        assertThat(shipped.getStatus()).isEqualTo(LoanStatus.SHIPPED);
        assertThat(shipped.getShippedBy()).isEqualTo("warehouse1");
        assertThat(jdbc.queryForObject("select sum(quantity) from loan_stock_movement where loan_id = ? and direction = 'OUT'",
                Integer.class, loan.getId())).isEqualTo(3);
        assertThat(process).isWaitingAt("FollowUpLoan");
        assertThat(support.task(process, "FollowUpLoan")).isAssignedTo("sales1");

        support.complete(process, "FollowUpLoan", "sales1", Map.of("followUpAction", "FEEDBACK",
                "feedback", "Prints fast; wants duplex"));
        assertThat(jdbc.queryForObject("select feedback from loan_feedback where loan_id = ?", String.class,
                loan.getId())).isEqualTo("Prints fast; wants duplex");
        assertThat(process).isWaitingAt("FollowUpLoan");
        TaskForms.assertOpensEmpty(formService, support.task(process, "FollowUpLoan"));

        // one of the two printers comes back
        support.complete(process, "FollowUpLoan", "sales1", Map.of("followUpAction", "RETURN", "settleItems", "1:1"));
        assertThat(process).isWaitingAt("ReceiveReturn");
        assertThat(item(loan, 1).getPendingQuantity()).isEqualTo(1);
        support.complete(process, "ReceiveReturn", "warehouse1", Map.of("itemCondition", "GOOD",
                "receiptNote", "Box dented"));
        assertThat(process).isWaitingAt("FollowUpLoan");
        TaskForms.assertOpensEmpty(formService, support.task(process, "FollowUpLoan"));
        assertThat(item(loan, 1).getSettledQuantity()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select sum(quantity) from loan_stock_movement where loan_id = ? and direction = 'IN'",
                Integer.class, loan.getId())).isEqualTo(1);

        // the customer buys the rest: the other printer and the scanner
        support.complete(process, "FollowUpLoan", "sales1", Map.of("followUpAction", "CONVERT", "conversionType", "SALE"));
        assertThat(process).isWaitingAt("ReviewConversion");
        assertThat(support.task(process, "ReviewConversion")).hasCandidateGroup("sales-manager");
        support.complete(process, "ReviewConversion", "salesmgr1", Map.of("conversionApproved", "YES"));

        assertThat(process).isEnded().hasPassed("LoanSettled", "CloseLoan", "LoanClosed");
        Loan closed = loans.loan(loan.getId());
        assertThat(closed.getStatus()).isEqualTo(LoanStatus.CLOSED);
        assertThat(closed.isAllSettled()).isTrue();
        LoanSettlement sale = settlements(loan).get(1);
        assertThat(sale.getKind()).isEqualTo(SettlementKind.CONVERSION);
        assertThat(sale.getConversionType()).isEqualTo(ConversionType.SALE);
        assertThat(sale.getStatus()).isEqualTo(SettlementStatus.DONE);
        assertThat(sale.getDecidedBy()).isEqualTo("salesmgr1");
        assertThat(sale.getAmount()).isEqualByComparingTo("1500.00"); // 1 x 1,000 + 1 x 500 at the standard price
        assertThat(orders.ofLoanSettlement(sale.getId())).as("no catalogue product, no order").isEmpty();
    }

    @Test
    void aCatalogueProductSoldFromALoanIsPricedByThePricingTable() {
        Customer huaxin = customers.customerByCode("CUST-0001").orElseThrow();   // has its own price for IP500
        Loan loan = loans.request(new NewLoan(huaxin.getId(), "Trial before buying", LocalDate.now(),
                LocalDate.now().plusDays(7), LocalDate.now().plusDays(30), List.of(
                        new NewLoanItem("IP500", "IP500-TRIAL-" + System.nanoTime(), 1, new BigDecimal("12000.00")))),
                LoanTestSupport.SALES1);
        ProcessInstance process = support.approveAndShip(loan);

        support.complete(process, "FollowUpLoan", "sales1", Map.of("followUpAction", "CONVERT", "conversionType", "SALE"));
        support.complete(process, "ReviewConversion", "salesmgr1", Map.of("conversionApproved", "YES"));

        assertThat(process).isEnded();
        LoanSettlement sale = settlements(loan).get(0);
        assertThat(sale.getConversionType()).isEqualTo(ConversionType.SALE);
        assertThat(sale.getAmount()).as("CUST-0001's price list row of rules/pricing.drl.csv")
                .isEqualByComparingTo("10500.00");
        SalesOrder order = orders.ofLoanSettlement(sale.getId()).orElseThrow();
        assertThat(order.getCustomerId()).isEqualTo(huaxin.getId());
        assertThat(order.getOwnerId()).isEqualTo("sales1");
        assertThat(order.getTotal()).isEqualByComparingTo("10500.00");
        assertThat(order.getLines()).singleElement().satisfies(line -> {
            assertThat(line.getProductCode()).isEqualTo("IP500");
            assertThat(line.getPriceRule()).startsWith("Pricing_");
        });
    }

    @Test
    void aDamagedReturnOpensARepairServiceRequest() {
        Loan loan = support.request(LocalDate.now());
        ProcessInstance process = support.approveAndShip(loan);
        support.complete(process, "FollowUpLoan", "sales1", Map.of("followUpAction", "RETURN", "settleItems", "ALL"));
        support.complete(process, "ReceiveReturn", "warehouse1", Map.of("itemCondition", "DAMAGED",
                "receiptNote", "Cracked casing"));

        assertThat(process).isEnded().hasPassed("RecordReturnReceipt", "LoanClosed");
        LoanSettlement ret = settlements(loan).get(0);
        assertThat(ret.getItemCondition()).isEqualTo(ItemCondition.DAMAGED);
        assertThat(ret.getServiceRequestId()).isNotNull();
        Map<String, Object> request = jdbc.queryForMap("select customer_id, request_type, subject, request_number "
                + "from service_request where id = ?", ret.getServiceRequestId());
        assertThat(request.get("request_type")).isEqualTo("REPAIR");
        assertThat(((Number) request.get("customer_id")).longValue()).isEqualTo(loan.getCustomerId());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey((String) request.get("request_number")).count()).isEqualTo(1);
    }

    @Test
    void giftAndConsumptionConversionsSettleTheirItems() {
        Loan loan = support.request(LocalDate.now());
        ProcessInstance process = support.approveAndShip(loan);
        support.complete(process, "FollowUpLoan", "sales1", Map.of("followUpAction", "CONVERT",
                "conversionType", "GIFT", "settleItems", "2"));
        support.complete(process, "ReviewConversion", "salesmgr1", Map.of("conversionApproved", "YES"));
        assertThat(process).isWaitingAt("FollowUpLoan");
        support.complete(process, "FollowUpLoan", "sales1", Map.of("followUpAction", "CONVERT",
                "conversionType", "CONSUMPTION", "settleItems", "1:2"));
        support.complete(process, "ReviewConversion", "salesmgr1", Map.of("conversionApproved", "YES"));

        assertThat(process).isEnded().hasPassed("LoanClosed");
        assertThat(settlements(loan)).extracting(LoanSettlement::getConversionType)
                .containsExactly(ConversionType.GIFT, ConversionType.CONSUMPTION);
        assertThat(settlements(loan)).allMatch(s -> s.getStatus() == SettlementStatus.DONE && s.getAmount() == null);
    }

    @Test
    void aRejectedConversionLeavesTheItemsOnLoan() {
        Loan loan = support.request(LocalDate.now());
        ProcessInstance process = support.approveAndShip(loan);
        support.complete(process, "FollowUpLoan", "sales1", Map.of("followUpAction", "CONVERT",
                "conversionType", "GIFT", "settleItems", "ALL"));
        assertThat(item(loan, 1).getOutstandingQuantity()).isZero();
        support.complete(process, "ReviewConversion", "salesmgr1", Map.of("conversionApproved", "NO",
                "conversionReviewNote", "Not a gift"));

        assertThat(process).isWaitingAt("FollowUpLoan");
        TaskForms.assertOpensEmpty(formService, support.task(process, "FollowUpLoan"));
        assertThat(settlements(loan).get(0).getStatus()).isEqualTo(SettlementStatus.REJECTED);
        assertThat(item(loan, 1).getOutstandingQuantity()).isEqualTo(2);
        assertThat(loans.loan(loan.getId()).getStatus()).isEqualTo(LoanStatus.SHIPPED);

        // asked again, the review opens without the first review's answer and note
        support.complete(process, "FollowUpLoan", "sales1", Map.of("followUpAction", "CONVERT",
                "conversionType", "CONSUMPTION", "settleItems", "ALL"));
        TaskForms.assertOpensEmpty(formService, support.task(process, "ReviewConversion"));
        // and a second return's receipt opens without the first one's condition and note
        support.complete(process, "ReviewConversion", "salesmgr1", Map.of("conversionApproved", "NO"));
        support.complete(process, "FollowUpLoan", "sales1", Map.of("followUpAction", "RETURN", "settleItems", "1:1"));
        support.complete(process, "ReceiveReturn", "warehouse1", Map.of("itemCondition", "GOOD",
                "receiptNote", "First printer back"));
        support.complete(process, "FollowUpLoan", "sales1", Map.of("followUpAction", "RETURN", "settleItems", "1:1"));
        TaskForms.assertOpensEmpty(formService, support.task(process, "ReceiveReturn"));
    }

    @Test
    void aLoanToAnotherCustomerStartsANewLoanLinkedToTheOld() {
        Loan loan = support.request(LocalDate.now());
        Customer other = fixtures.company();
        ProcessInstance process = support.approveAndShip(loan);
        Map<String, Object> convert = new HashMap<>(Map.of("followUpAction", "CONVERT", "conversionType", "LOAN",
                "settleItems", "1:1", "newCustomerCode", other.getCode()));
        support.complete(process, "FollowUpLoan", "sales1", convert);
        support.complete(process, "ReviewConversion", "salesmgr1", Map.of("conversionApproved", "YES"));

        assertThat(process).isWaitingAt("FollowUpLoan");
        LoanSettlement transfer = settlements(loan).get(0);
        assertThat(transfer.getNewLoanId()).isNotNull();
        Loan next = loans.loan(transfer.getNewLoanId());
        assertThat(next.getPreviousLoanId()).isEqualTo(loan.getId());
        assertThat(next.getCustomerId()).isEqualTo(other.getId());
        assertThat(next.getOwnerId()).isEqualTo("sales1");
        assertThat(next.getItems()).singleElement().satisfies(i -> {
            assertThat(i.getProduct()).isEqualTo("Demo printer IP500");
            assertThat(i.getQuantity()).isEqualTo(1);
        });
        assertThat(support.process(next)).isWaitingAt("ReviewLoan");
        assertThat(item(loan, 1).getSettledQuantity()).isEqualTo(1);
    }

    @Test
    void settlingMoreThanIsOutIsRefusedNamingTheFieldAndKeepsTheTask() {
        Loan loan = support.request(LocalDate.now());
        ProcessInstance process = support.approveAndShip(loan);
        assertThatThrownBy(() -> support.complete(process, "FollowUpLoan", "sales1",
                Map.of("followUpAction", "RETURN", "settleItems", "1:5")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("settleItems"));
        assertThatThrownBy(() -> support.complete(process, "FollowUpLoan", "sales1",
                Map.of("followUpAction", "CONVERT", "conversionType", "LOAN", "newCustomerCode", "NO-SUCH")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(process).isWaitingAt("FollowUpLoan");
        assertThat(settlements(loan)).isEmpty();
        assertThat(item(loan, 1).getPendingQuantity()).isZero();
    }

    @Test
    void onlyTheEntitledSeeAndCompleteLoanTasks() {
        Loan loan = support.request(LocalDate.now());
        ProcessInstance process = support.process(loan);
        String reviewId = support.task(process, "ReviewLoan").getId();
        for (String outsider : List.of("sales1", "warehouse1", "engineer1")) {
            assertThat(count(outsider, process)).as(outsider).isZero();
        }
        assertThat(count("salesmgr1", process)).isEqualTo(1);
        support.complete(process, "ReviewLoan", "salesmgr1", Map.of("loanApproved", "YES"));
        assertThat(count("sales1", process)).isZero(); // shipping is the warehouse's
        assertThat(count("warehouse1", process)).isEqualTo(1);
        assertThat(reviewId).isNotBlank();
    }

    private long count(String user, ProcessInstance process) {
        return support.countVisible(user, process);
    }

    private LoanItem item(Loan loan, int lineNo) {
        return loans.loan(loan.getId()).item(lineNo).orElseThrow();
    }

    private List<LoanSettlement> settlements(Loan loan) {
        return loans.view(loan.getId(), Fixtures.ADMIN).settlements();
    }

    private int movements(Loan loan) {
        return jdbc.queryForObject("select count(*) from loan_stock_movement where loan_id = ?", Integer.class, loan.getId());
    }
}
