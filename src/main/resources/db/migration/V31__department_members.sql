-- Who works in which department (部门成员). An expense request is raised on one of the requester's departments, so
-- that nobody routes a request to an approval chain of a department they do not belong to.
create table department_member (
    department_code varchar(40) not null references department (code),
    user_id         varchar(64) not null,
    primary key (user_id, department_code)
);

create index department_member_department on department_member (department_code);
