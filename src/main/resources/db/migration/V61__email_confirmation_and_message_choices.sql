-- Issue 11. A resident who registers confirms that the e-mail address is theirs (a 24-hour link) before signing in.
-- Accounts that exist before this migration, staff accounts (an admin typed the address) and the demo accounts
-- count as confirmed; a resident the office recorded has no confirmed address until the person registers.
alter table user_account add column email_confirmed_at timestamp with time zone;
update user_account set email_confirmed_at = created_at where claimed = true;

-- Which messages about visits a resident receives, per channel (Moje konto). The booking confirmation by e-mail is
-- always sent and has no column.
alter table user_account add column email_moved boolean default true not null;
alter table user_account add column email_cancelled boolean default true not null;
alter table user_account add column email_reminder boolean default true not null;
alter table user_account add column sms_booked boolean default true not null;
alter table user_account add column sms_moved boolean default true not null;
alter table user_account add column sms_cancelled boolean default true not null;
alter table user_account add column sms_reminder boolean default true not null;
