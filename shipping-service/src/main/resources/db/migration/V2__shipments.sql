-- One shipment per order: the primary key on order_id is what makes a second booking for the
-- same order impossible. Facts arrive in any order (OrderPlaced, StockReserved, OrderCancelled),
-- so every fact column is nullable until its event is recorded.
CREATE TABLE shipment (
    order_id            uuid         PRIMARY KEY,
    -- Sent to the carrier as its idempotency key: a repeated booking returns the first parcel.
    id                  uuid         NOT NULL UNIQUE,
    status              varchar(16)  NOT NULL,

    -- From OrderPlaced, in exact UTF-8; the label transliterates, this never does.
    order_number        varchar(64),
    recipient_name      text,
    address_line1       text,
    address_line2       text,
    address_line3       text,
    postal_code         varchar(32),
    city                text,
    province            varchar(64),
    country             char(2),
    email               text,
    phone               varchar(16),
    weight_grams        integer,
    placed_event_id     uuid,

    -- From StockReserved and OrderCancelled: the causes of the events emitted in reply.
    reserved_event_id   uuid,
    cancelled_event_id  uuid,

    -- The booking: who, how often, and what came of it.
    carrier             varchar(32),
    service_level       varchar(32),
    attempts            integer      NOT NULL DEFAULT 0,
    failure_reason      varchar(64),
    tracking_code       varchar(64),
    tracking_url        text,
    label_pdf           bytea,
    updated_at          timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX shipment_status ON shipment (status) WHERE status IN ('BOOKING', 'FAILED');
