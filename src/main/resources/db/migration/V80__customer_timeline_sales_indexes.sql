-- The customer page reads the customer's leads (with their activities) and its opportunities' stage changes,
-- newest first, a page at a time
create index ix_lead_customer on sales_lead(customer_id);
create index ix_stage_change_opportunity_time on opportunity_stage_change(opportunity_id, changed_at, id);
