-- A clerk records a resident who phones or walks in: a name plus a phone or an e-mail, and no password anyone knows.
-- The person claims the record later by registering with the same e-mail. A visit the office books for someone with
-- only a phone has no contact e-mail.
alter table user_account add column claimed boolean default true not null;
alter table user_account alter column email drop not null;
alter table visit alter column contact_email drop not null;
