package com.relaycrm.sales.opportunity.process;

import com.relaycrm.sales.opportunity.QuoteService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Create the order": a won opportunity's order from its latest quote; sets orderId. */
@Component("createOrderFromOpportunity")
class CreateOrderDelegate implements JavaDelegate {

    private final QuoteService quotes;

    CreateOrderDelegate(QuoteService quotes) {
        this.quotes = quotes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(OpportunityProcess.Data.ORDER_ID,
                quotes.createOrderForProcess(execution.getProcessInstanceId()).getId());
    }
}
