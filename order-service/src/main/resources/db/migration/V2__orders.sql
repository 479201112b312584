-- The order-service's own tables. Amounts are integer minor units of the order's currency, fixed
-- when the order was placed; the status is derived from the fact columns and stored for queries.

CREATE SEQUENCE order_number_seq;

CREATE TABLE orders (
    id                  uuid         PRIMARY KEY,
    order_number        varchar(32)  NOT NULL UNIQUE,
    status              varchar(16)  NOT NULL,
    placed_at           timestamptz  NOT NULL,
    placed_event_id     uuid         NOT NULL,
    customer_name       varchar(200) NOT NULL,
    customer_email      varchar(254) NOT NULL,
    customer_phone      varchar(16),
    customer_language   varchar(35)  NOT NULL,
    customer_channel    varchar(8)   NOT NULL,
    ship_name           varchar(200) NOT NULL,
    ship_line1          varchar(100) NOT NULL,
    ship_line2          varchar(100),
    ship_line3          varchar(100),
    ship_postal_code    varchar(20),
    ship_city           varchar(100) NOT NULL,
    ship_province       varchar(50),
    ship_country        char(2)      NOT NULL,
    -- Only the gateway: the token went to payment-service in OrderPlaced and is not kept here.
    payment_type        varchar(32)  NOT NULL,
    currency            char(3)      NOT NULL,
    items_total_minor   bigint       NOT NULL,
    shipping_cost_minor bigint       NOT NULL,
    vat_total_minor     bigint       NOT NULL,
    grand_total_minor   bigint       NOT NULL,
    -- Facts recorded from the saga's events, whatever order they arrived in.
    payment_authorized  boolean      NOT NULL DEFAULT false,
    stock_reserved      boolean      NOT NULL DEFAULT false,
    payment_captured    boolean      NOT NULL DEFAULT false,
    carrier             varchar(64),
    tracking_code       varchar(128),
    tracking_url        varchar(2048),
    cancel_reason       varchar(32),
    cancel_detail       varchar(500),
    updated_at          timestamptz  NOT NULL
);

CREATE INDEX orders_status_placed_at ON orders (status, placed_at);
CREATE INDEX orders_placed_at ON orders (placed_at);
CREATE INDEX orders_customer_email ON orders (lower(customer_email));

CREATE TABLE order_line (
    order_id              uuid         NOT NULL REFERENCES orders (id),
    line_no               int          NOT NULL,
    sku                   varchar(64)  NOT NULL,
    name                  varchar(200) NOT NULL,
    quantity              int          NOT NULL CHECK (quantity > 0),
    unit_price_minor      bigint       NOT NULL,
    vat_rate_basis_points int          NOT NULL,
    line_total_minor      bigint       NOT NULL,
    unit_weight_grams     int          NOT NULL,
    PRIMARY KEY (order_id, line_no)
);

-- Every saga event of an order, received or emitted, so an operator can follow it.
CREATE TABLE order_timeline (
    id          bigserial    PRIMARY KEY,
    order_id    uuid         NOT NULL REFERENCES orders (id),
    event_id    uuid         NOT NULL UNIQUE,
    event_type  varchar(64)  NOT NULL,
    origin      varchar(64)  NOT NULL,
    occurred_at timestamptz  NOT NULL,
    recorded_at timestamptz  NOT NULL,
    summary     varchar(500) NOT NULL
);

CREATE INDEX order_timeline_order ON order_timeline (order_id, occurred_at, id);

-- The local copy of inventory-service's catalogue, fed by ProductChanged, that prices new orders.
CREATE TABLE catalogue_product (
    sku                   varchar(64)  PRIMARY KEY,
    name                  varchar(200) NOT NULL,
    unit_price_minor      bigint       NOT NULL,
    currency              char(3)      NOT NULL,
    vat_rate_basis_points int          NOT NULL,
    weight_grams          int          NOT NULL,
    active                boolean      NOT NULL,
    ships_from            varchar(16)  NOT NULL,
    supplier              varchar(200),
    changed_at            timestamptz  NOT NULL
);

-- Idempotency-Key of POST /orders: one order per key, and the hash of the body that created it.
CREATE TABLE idempotency_key (
    key          varchar(255) PRIMARY KEY,
    request_hash char(64)     NOT NULL,
    order_id     uuid         NOT NULL,
    created_at   timestamptz  NOT NULL
);
