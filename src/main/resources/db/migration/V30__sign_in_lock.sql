-- Staff accounts lock after too many failed sign-ins in a row, until an admin unlocks them (issue 13).
alter table user_account add column failed_sign_ins integer default 0 not null;
alter table user_account add column locked_at timestamp with time zone;
