-- A user's e-mail address holds as much as every other address field: the 254 characters mail carries.
alter table app_user alter column email set data type varchar(254);
