-- Tags: the admins' list, and the links that put a tag on a candidate. A free tag's text is typed about one candidate,
-- so it lives on that candidate's link row (deleted with the candidate), never in the shared list.
create sequence tag_seq start with 1 increment by 50;

create table tag (
    id bigint not null,
    name varchar(40) not null,
    name_key varchar(40) not null,
    colour varchar(16) not null,
    version bigint not null,
    constraint pk_tag primary key (id),
    constraint uk_tag_name_key unique (name_key)
);

create sequence candidate_tag_seq start with 1 increment by 50;

create table candidate_tag (
    id bigint not null,
    candidate_id bigint not null,
    tag_id bigint,
    label varchar(40),
    label_key varchar(40),
    added_by bigint,
    added_at timestamp(6) with time zone not null,
    constraint pk_candidate_tag primary key (id),
    constraint fk_candidate_tag_candidate foreign key (candidate_id) references candidate (id) on delete cascade,
    constraint fk_candidate_tag_tag foreign key (tag_id) references tag (id) on delete cascade,
    constraint ck_candidate_tag_one_kind check ((tag_id is null and label_key is not null) or (tag_id is not null and label_key is null))
);

-- One link per tag and candidate; the search finds candidates by tag through the (tag, candidate) indexes.
create unique index ux_candidate_tag_candidate_tag on candidate_tag (candidate_id, tag_id);
create unique index ux_candidate_tag_candidate_label on candidate_tag (candidate_id, label_key);
create index ix_candidate_tag_tag_candidate on candidate_tag (tag_id, candidate_id);
create index ix_candidate_tag_label_candidate on candidate_tag (label_key, candidate_id);

-- A search a user saved under a name, for themselves or for the team.
create sequence saved_search_seq start with 1 increment by 50;

create table saved_search (
    id bigint not null,
    owner_id bigint not null,
    name varchar(80) not null,
    query varchar(1000) not null,
    shared boolean not null,
    created_at timestamp(6) with time zone not null,
    version bigint not null,
    constraint pk_saved_search primary key (id),
    constraint fk_saved_search_owner foreign key (owner_id) references app_user (id) on delete cascade
);

create index ix_saved_search_owner on saved_search (owner_id);
create index ix_saved_search_shared on saved_search (shared);
