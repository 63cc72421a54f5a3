-- The waiting-approvals report reads the pending steps older than a number of hours, oldest first.
create index ix_expense_step_waiting on expense_approval_step (decision, created_at, id);
