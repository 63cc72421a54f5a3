-- A client's Idempotency-Key stays with the lead it created, with a digest of the request it came with: a retry with
-- the same key (from the same user) answers that lead instead of entering it again. Unique per user; leads entered
-- without a key (the website form, the CSV import, older leads) have none.
alter table sales_lead add column idempotency_key varchar(255);
alter table sales_lead add column request_digest varchar(64);
create unique index ux_lead_idempotency_key on sales_lead(created_by, idempotency_key);
