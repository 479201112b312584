#!/usr/bin/env bash
# Runs once, when the PostgreSQL container starts on an empty data volume. It creates what
# PostgresBootstrap creates for the local stack: the change-data-capture role, and per service a
# role that owns its database and nothing else, with an empty outbox publication owned by that
# role. The service's first migration adds its outbox table to the publication.
#
# The entrypoint runs this file, or sources it where a checkout lost the executable bit, so it
# leaves the shell's options alone.

cdc_role=cdc_relay
services="orders payments inventory shipping notifications"

require() {
  if [ -z "${!1:-}" ]; then
    echo "postgres-init: $1 is not set; copy .env.example to .env and fill it in" >&2
    exit 1
  fi
}

create_cdc_role() {
  require CDC_DB_PASSWORD
  psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d postgres \
    -v role="$cdc_role" -v password="$CDC_DB_PASSWORD" <<'SQL'
CREATE ROLE :"role" LOGIN REPLICATION PASSWORD :'password';
SQL
}

# The database, its owner role and its publication; the password is in <DATABASE>_DB_PASSWORD.
create_service_database() {
  local database="$1"
  local password_variable="${database^^}_DB_PASSWORD"
  require "$password_variable"
  psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d postgres \
    -v database="$database" -v role="${database}_service" -v cdc_role="$cdc_role" \
    -v password="${!password_variable}" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"role" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"database" TO :"cdc_role";
\connect :"database"
ALTER SCHEMA public OWNER TO :"role";
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"cdc_role";
CREATE PUBLICATION outbox_publication;
ALTER PUBLICATION outbox_publication OWNER TO :"role";
SQL
}

create_cdc_role
for database in $services; do
  create_service_database "$database"
done
