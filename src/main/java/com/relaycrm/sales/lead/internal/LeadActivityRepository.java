package com.relaycrm.sales.lead.internal;

import com.relaycrm.sales.lead.LeadActivity;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadActivityRepository extends JpaRepository<LeadActivity, Long> {

    List<LeadActivity> findByLeadIdOrderById(Long leadId);
}
