-- The language a person reads the portal's e-mails in (issue 11): chosen at registration, Polish by default.
alter table user_account add column language varchar(5) default 'pl' not null;
