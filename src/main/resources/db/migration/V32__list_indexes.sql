-- The /api lists are paged newest first (leads) or by name (customers): indexes that answer a page without sorting
-- the whole table, at 100,000 records.
create index ix_lead_owner_newest on sales_lead (owner_id, id);
create index ix_lead_pool_newest on sales_lead (pool, status, id);
create index ix_customer_name on customer (name, id);
create index ix_customer_owner_name on customer (owner_id, name, id);
