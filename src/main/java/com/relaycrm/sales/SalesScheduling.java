package com.relaycrm.sales;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the lead recycling sweep (sales/lead/LeadRecyclingSweep) on relay.sales.recycling-sweep-interval. */
@Configuration
@EnableScheduling
class SalesScheduling {
}
