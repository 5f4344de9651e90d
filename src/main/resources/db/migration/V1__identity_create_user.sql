create sequence app_user_seq start with 1 increment by 50;

create table app_user (
    id bigint not null,
    username varchar(64) not null,
    password_hash varchar(100) not null,
    roles varchar(100) not null,
    display_name varchar(120) not null,
    email varchar(200),
    active boolean not null,
    created_at timestamp(6) with time zone not null,
    version bigint not null,
    constraint pk_app_user primary key (id),
    constraint uk_app_user_username unique (username)
);
