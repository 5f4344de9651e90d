-- A stage's name as candidates who applied in English or French read it on their status page; null: the Dutch name.
alter table vacancy_stage add column name_en varchar(60);
alter table vacancy_stage add column name_fr varchar(60);
alter table stage_template_stage add column name_en varchar(60);
alter table stage_template_stage add column name_fr varchar(60);

-- The default customer-service pipeline's stages, in templates and vacancies, where they still have the name they came with.
create table stage_name_translation (name varchar(60) not null, name_en varchar(60) not null, name_fr varchar(60) not null);
insert into stage_name_translation (name, name_en, name_fr) values
    ('Nieuw', 'New', 'Nouveau'),
    ('Screening', 'Screening', 'Présélection'),
    ('Telefonisch gesprek', 'Phone interview', 'Entretien téléphonique'),
    ('Rollenspel', 'Role-play', 'Jeu de rôle'),
    ('Interview', 'Interview', 'Entretien'),
    ('Referenties', 'References', 'Références'),
    ('Aanbod', 'Offer', 'Offre'),
    ('Aangenomen', 'Hired', 'Embauche');

update stage_template_stage set name_en = (select t.name_en from stage_name_translation t where t.name = stage_template_stage.name),
    name_fr = (select t.name_fr from stage_name_translation t where t.name = stage_template_stage.name);
update vacancy_stage set name_en = (select t.name_en from stage_name_translation t where t.name = vacancy_stage.name),
    name_fr = (select t.name_fr from stage_name_translation t where t.name = vacancy_stage.name);

drop table stage_name_translation;
