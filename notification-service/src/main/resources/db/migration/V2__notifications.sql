-- Every message this service decided to send: one per order and kind, whatever the number of
-- times its event is delivered. A row is written INTENDED in the transaction that records the
-- consumed event, then becomes SENT or FAILED once the provider has answered.
CREATE TABLE notification (
    id             uuid         PRIMARY KEY,
    order_id       uuid         NOT NULL,
    kind           varchar(32)  NOT NULL,
    channel        varchar(8)   NOT NULL,
    status         varchar(16)  NOT NULL,
    attempts       integer      NOT NULL DEFAULT 0,
    -- lower_snake_case code of a failure, as in NotificationFailed; no personal data
    reason         varchar(64),
    cause_event_id uuid         NOT NULL,
    language       varchar(16)  NOT NULL,
    -- the rendered message, so a message resumed after a crash says exactly the same
    recipient      text         NOT NULL,
    subject        text,
    html_body      text,
    text_body      text         NOT NULL,
    -- a sender holds the message until then; another may take it over afterwards
    claimed_until  timestamptz,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT notification_once_per_order_and_kind UNIQUE (order_id, kind),
    CONSTRAINT notification_status CHECK (status IN ('INTENDED', 'SENT', 'FAILED'))
);

-- The resume job looks for what is still INTENDED.
CREATE INDEX notification_intended ON notification (created_at) WHERE status = 'INTENDED';
