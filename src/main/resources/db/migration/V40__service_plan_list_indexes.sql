-- /api/service-plans is answered a page at a time, soonest due first: all plans for a manager, or those assigned to
-- the user or offered to one of their groups; each index answers its page without sorting the table.
create index ix_service_plan_due_id on service_plan (due_date, id);
create index ix_service_plan_assignee_due on service_plan (assignee_id, due_date, id);
create index ix_service_plan_group_due on service_plan (candidate_group, due_date, id);
