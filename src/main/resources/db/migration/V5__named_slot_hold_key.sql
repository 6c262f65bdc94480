-- The slot-hold key gets a name of its own, so that the application can tell "someone holds this slot" (a violation
-- of pk_slot_hold) from every other integrity error. H2 and PostgreSQL name and drop primary keys differently, so the
-- table is rebuilt under the new name rather than altered.

create table slot_hold_named (
    desk_id     bigint                   not null references desk (id),
    slot_start  timestamp with time zone not null,
    visit_id    bigint                   not null references visit (id),
    constraint pk_slot_hold primary key (desk_id, slot_start)
);
insert into slot_hold_named (desk_id, slot_start, visit_id) select desk_id, slot_start, visit_id from slot_hold;
drop table slot_hold;
alter table slot_hold_named rename to slot_hold;
create index ix_slot_hold_visit on slot_hold (visit_id);
