-- Accessibility preferences of signed-in people, one row per account. Portable between H2 and PostgreSQL.
-- Anonymous visitors' preferences live in their session (and, with functional cookies allowed, in a cookie).
create table accessibility_preferences (
    account_id        bigint       not null primary key,
    text_size         integer      not null,
    high_contrast     boolean      not null,
    underlined_links  boolean      not null,
    more_spacing      boolean      not null,
    reduced_motion    boolean      not null,
    readable_font     boolean      not null,
    updated_at        timestamp with time zone not null,
    version           bigint       not null,
    constraint fk_accessibility_preferences_account foreign key (account_id)
        references user_account (id) on delete cascade,
    constraint ck_accessibility_preferences_text_size check (text_size in (100, 125, 150, 200))
);
