-- Opportunities and loans are listed a page at a time, a rep's newest first.
create index ix_opportunity_owner_newest on opportunity (owner_id, id);
create index ix_loan_owner_newest on loan (owner_id, id);
