-- ShedLock (net.javacrumbs.shedlock, JdbcTemplateLockProvider): one row per scheduled task, so that a task scheduled
-- with @Scheduled runs on one node of the cluster at a time (scheduling/SchedulingLocks). lock_until and locked_at
-- are the database's own time (usingDbTime), in UTC. Written for H2 (2.x) and PostgreSQL; the column names are
-- ShedLock's defaults.
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp(3) not null,
    locked_at   timestamp(3) not null,
    locked_by   varchar(255) not null
);
