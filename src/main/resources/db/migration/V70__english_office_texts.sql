-- Offices get optional English texts for residents who read the portal in English (matters have had them since V7);
-- an empty one means the Polish text is shown.
alter table office add column name_en varchar(200);
alter table office add column room_en varchar(100);
alter table office add column accessibility_info_en varchar(1000);
