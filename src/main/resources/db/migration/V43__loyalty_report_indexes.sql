-- The loyalty report adds up members and points per tier and points per kind of ledger entry over every row: these
-- indexes hold just those columns, so the sums are read from them without the tables' rows (an index-only scan once
-- autovacuum has visited the table; ApiListBenchmark at 100,000 members and entries).
create index ix_points_account_tier on points_account (tier, available_points);
create index ix_points_entry_type on points_entry (entry_type, points);
