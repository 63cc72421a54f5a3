-- A client's Idempotency-Key stays with the service request it opened over /api, with a digest of the request it came
-- with: a retry with the same key (from the same user) answers that request instead of opening another (as leads,
-- V85). Unique per user; requests opened without a key (forms, devices, other processes, older ones) have none.
alter table service_request add column idempotency_key varchar(255);
alter table service_request add column request_digest varchar(64);
create unique index ux_service_request_idempotency_key on service_request(created_by, idempotency_key);
