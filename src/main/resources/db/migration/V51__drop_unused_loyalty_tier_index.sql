-- V43's (tier, available_points) index on points_account served the loyalty report's tier sums while they were read
-- from the accounts. The report now counts every member by the customer's tier (members without points included,
-- joined from customer), so no query reads it any more, and every points change would keep updating it.
drop index ix_points_account_tier;
