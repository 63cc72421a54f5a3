-- The reports add up in the database (GROUP BY) instead of loading rows:
-- the service report groups the requests opened in a period (by range of created_at) with their return visits
-- (return_visit.service_request_id is unique, so already indexed)
create index ix_service_request_created on service_request(created_at, queue);
-- the overdue-loans report sums each overdue loan's outstanding items from the index alone
create index ix_loan_item_outstanding on loan_item(loan_id, quantity, settled_quantity);
-- the process-history report reads the engine's ACT_HI_PROCINST and ACT_HI_ACTINST by END_TIME_, which the engine
-- indexes itself (ACT_IDX_HI_PRO_INST_END, ACT_IDX_HI_ACT_INST_END)
