-- Opening an opportunity over /api takes an Idempotency-Key like leads (V85) and service requests (V86): the key and a
-- digest of the request stay with the opportunity it opened, unique per user who opened it. The owner may change
-- (transfer), so who opened it is kept in its own column; opportunities opened before this have none.
alter table opportunity add column created_by varchar(100);
alter table opportunity add column idempotency_key varchar(255);
alter table opportunity add column request_digest varchar(64);
create unique index ux_opportunity_idempotency_key on opportunity(created_by, idempotency_key);
