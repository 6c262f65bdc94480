-- What admins set up without SQL: offices and matters can be retired, matters have English texts and search keywords,
-- opening hours apply from a date, closures may cover part of a day, clerks are assigned to offices.

alter table office add column active boolean default true not null;

alter table matter add column active boolean default true not null;
alter table matter add column name_en varchar(200);
alter table matter add column description_en varchar(2000);
alter table matter add column what_to_bring_en varchar(2000);
alter table matter add column keywords varchar(500);

-- Hours in force on a day are the set with the latest valid_from on or before it.
alter table opening_hours add column valid_from date default date '2000-01-01' not null;
create index ix_opening_hours_office_from on opening_hours (office_id, valid_from);

-- A closure for part of each of its days (both null: the whole day).
alter table closure add column from_time time;
alter table closure add column to_time time;

create table staff_office (
    account_id  bigint not null references user_account (id),
    office_id   bigint not null references office (id),
    primary key (account_id, office_id)
);
create index ix_staff_office_office on staff_office (office_id);

create index ix_visit_office_status_start on visit (office_id, status, starts_at);
create index ix_visit_desk_start on visit (desk_id, starts_at);
