-- Creates the login role and the empty database the portal uses on PostgreSQL.
-- Run once as a superuser:  psql -U postgres -f create-database.sql
-- (infra/compose.yaml mounts this file into /docker-entrypoint-initdb.d, which runs it on first start.)
-- Replace CHANGE_ME with a real secret everywhere but a local machine.
--
-- No tables are created here. With Database:Provider=PostgreSql and ConnectionStrings:PostgreSql
-- pointing at this database, e.g.
--   Host=localhost;Port=5432;Database=charity;Username=charity;Password=CHANGE_ME
-- the portal applies its own EF Core migrations (src/Persistence.PostgreSql) at start-up and records
-- them in __EFMigrationsHistory. As the database owner, charity may create tables in the public schema
-- (PostgreSQL 15 grants that only to the owner).

CREATE ROLE charity WITH LOGIN PASSWORD 'CHANGE_ME';

CREATE DATABASE charity WITH OWNER = charity ENCODING = 'UTF8' TEMPLATE = template0;

REVOKE ALL ON DATABASE charity FROM PUBLIC;
