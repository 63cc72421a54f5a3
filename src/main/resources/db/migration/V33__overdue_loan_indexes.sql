-- The overdue-loans report asks the database for approved loans past their ship date and shipped loans past their
-- return date, instead of reading every loan.
create index ix_loan_status_ship on loan (status, expected_ship_date);
create index ix_loan_status_return on loan (status, expected_return_date);
