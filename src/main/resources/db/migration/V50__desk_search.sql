-- The clerk's search ("Szukaj"): residents by name, e-mail or phone, then their visits; visits by booking number
-- (already unique, so indexed). Names and phones are matched on keys the account keeps itself (lower-case names,
-- the last nine digits of the phone), since H2 has no index on an expression.
alter table user_account add column last_name_key varchar(100);
alter table user_account add column first_name_key varchar(100);
alter table user_account add column phone_key varchar(30);

update user_account set last_name_key = lower(last_name), first_name_key = lower(first_name);
update user_account set phone_key = right(replace(replace(replace(replace(replace(replace(phone,
    ' ', ''), '-', ''), '+', ''), '(', ''), ')', ''), '.', ''), 9) where phone is not null;

create index ix_user_account_last_name_key on user_account (last_name_key, first_name_key);
create index ix_user_account_first_name_key on user_account (first_name_key);
create index ix_user_account_phone_key on user_account (phone_key);
