-- Every step of a business flow finds its record by the process instance it runs in (never by an id from the
-- process's variables): without an index each step read the whole table, a cost that grew with every record ever
-- stored (ServiceRequestBenchmark at 100,000 service requests).
create index ix_service_request_process on service_request (process_instance_id);
create index ix_expense_request_process on expense_request (process_instance_id);
create index ix_consumption_process on consumption (process_instance_id);
create index ix_redemption_process on redemption (process_instance_id);
create index ix_sales_lead_process on sales_lead (process_instance_id);
create index ix_opportunity_process on opportunity (process_instance_id);
create index ix_loan_process on loan (process_instance_id);
create index ix_service_plan_process on service_plan (process_instance_id);
-- a request's details list the parts of its work orders
create index ix_part_usage_work_order on part_usage (work_order_id, id);
