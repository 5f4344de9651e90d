-- Whether the key table owes a rewrite (VACUUM FULL on PostgreSQL): every transaction that deletes candidate keys counts
-- one up in `owed`, and a rewrite sets `done` to the count it saw before it began. A rewrite cut off by a crash or
-- refused the table's lock is owed still, and the encryption catch-up does it; with nothing owed it does nothing.
create table candidate_key_rewrite (
    id integer not null,
    owed bigint not null,
    done bigint not null,
    constraint pk_candidate_key_rewrite primary key (id)
);

insert into candidate_key_rewrite (id, owed, done) values (1, 0, 0);
