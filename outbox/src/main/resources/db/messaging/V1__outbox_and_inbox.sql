-- The messaging tables every service has; contracts/README.md describes the convention.
-- Version 1 belongs to this shared module; each service's own migrations start at version 2.

-- Events waiting to be relayed: Debezium streams each insert to the topic named by `type`,
-- keyed by `aggregate_id`, with `payload` (the whole event envelope) as the record value.
CREATE TABLE outbox_event (
    id             uuid        PRIMARY KEY,
    aggregate_type varchar(64) NOT NULL,
    aggregate_id   varchar(64) NOT NULL,
    type           varchar(64) NOT NULL,
    payload        text        NOT NULL,
    traceparent    varchar(55),
    created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX outbox_event_created_at ON outbox_event (created_at);

-- Events this service has handled, recorded in the transaction of their effect, so that a
-- redelivered event changes nothing.
CREATE TABLE processed_event (
    consumer     varchar(64) NOT NULL,
    event_id     uuid        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- The local stack creates an empty publication before the connectors start, so that no outbox
-- row is written before its replication slot exists; elsewhere the migration creates it.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_publication WHERE pubname = 'outbox_publication') THEN
        ALTER PUBLICATION outbox_publication ADD TABLE outbox_event;
    ELSE
        CREATE PUBLICATION outbox_publication FOR TABLE outbox_event;
    END IF;
    -- The change-data-capture role reads the outbox and nothing else.
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${cdc_role}') THEN
        GRANT SELECT ON outbox_event TO ${cdc_role};
    END IF;
END
$$;
