-- Each candidate's data key, wrapped by a master key from the configuration (personaldata/CandidateKeys). Deleting the
-- row (with the candidate) makes every copy of the data encrypted under the key unreadable.
create table candidate_key (
    candidate_id bigint not null,
    wrapped_key bytea not null,
    master_key_id varchar(40) not null,
    created_at timestamp(6) with time zone not null,
    constraint pk_candidate_key primary key (candidate_id),
    constraint fk_candidate_key_candidate foreign key (candidate_id) references candidate (id) on delete cascade
);

-- Documents stored before encryption came: SQL cannot encrypt them, so the application does, in batches, and takes each
-- one off this list (candidate/CandidateService#encryptPlainDocuments). Until then they are read as they are.
create table candidate_document_plain (
    document_id bigint not null,
    constraint pk_candidate_document_plain primary key (document_id),
    constraint fk_candidate_document_plain_document foreign key (document_id) references candidate_document (id) on delete cascade
);

insert into candidate_document_plain (document_id) select id from candidate_document;
