package com.relaycrm.sales.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import com.relaycrm.common.Viewer;
import com.relaycrm.customer.Customer;
import com.relaycrm.sales.SalesFixtures;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewOpportunity;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewQuote;
import com.relaycrm.sales.opportunity.OpportunityCommands.NewQuoteLine;
import com.relaycrm.sales.opportunity.OpportunityCustomerPart.OpportunityLine;
import com.relaycrm.support.RelayIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The customer page's opportunities, each with its latest quote and its order (read for all listed at once). */
@RelayIntegrationTest
class OpportunityCustomerPartTest {

    @Autowired OpportunityCustomerPart part;
    @Autowired OpportunityService opportunities;
    @Autowired QuoteService quotes;
    @Autowired SalesFixtures sales;

    @Test
    void eachOpportunityShowsItsOwnLatestQuoteVersion() {
        String department = sales.department();
        String rep = sales.rep(department, 5);
        Viewer viewer = sales.viewer(rep);
        Customer customer = sales.customerOf(rep, department);
        Opportunity quoted = opportunities.open(new NewOpportunity(customer.getId(), "Quoted deal",
                new BigDecimal("20000.00"), LocalDate.now().plusMonths(1)), viewer);
        Opportunity unquoted = opportunities.open(new NewOpportunity(customer.getId(), "Unquoted deal",
                new BigDecimal("5000.00"), LocalDate.now().plusMonths(1)), viewer);
        quotes.create(quoted.getId(), new NewQuote(List.of(new NewQuoteLine("UV200", 1, null))), viewer);
        Quote latest = quotes.create(quoted.getId(), new NewQuote(List.of(new NewQuoteLine("UV200", 2, null))), viewer);

        @SuppressWarnings("unchecked")
        List<OpportunityLine> lines = (List<OpportunityLine>) part.section(customer, viewer).records();

        assertThat(lines).extracting(line -> line.opportunity().getId())
                .containsExactlyInAnyOrder(quoted.getId(), unquoted.getId());
        OpportunityLine quotedLine = lines.stream().filter(l -> l.opportunity().getId().equals(quoted.getId()))
                .findFirst().orElseThrow();
        OpportunityLine unquotedLine = lines.stream().filter(l -> l.opportunity().getId().equals(unquoted.getId()))
                .findFirst().orElseThrow();
        assertThat(quotedLine.latestQuote().getId()).isEqualTo(latest.getId());
        assertThat(quotedLine.latestQuote().getVersion()).isEqualTo(2);
        assertThat(unquotedLine.latestQuote()).isNull();
        assertThat(quotedLine.order()).isNull();
    }
}
