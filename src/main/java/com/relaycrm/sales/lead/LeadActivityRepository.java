package com.relaycrm.sales.lead;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeadActivityRepository extends JpaRepository<LeadActivity, Long> {

    List<LeadActivity> findByLeadIdOrderById(Long leadId);
}
