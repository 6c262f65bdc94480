-- Residents opt in to texts about their visits with a Polish mobile number, stored as E.164 (+48 and nine digits).
-- Opting out removes the number: there is no reason to keep it (issue 11).
alter table user_account add column sms_phone varchar(12);
alter table user_account add column sms_opt_in boolean default false not null;
alter table user_account add constraint ck_user_account_sms
    check ((sms_opt_in = true and sms_phone is not null) or (sms_opt_in = false and sms_phone is null));
