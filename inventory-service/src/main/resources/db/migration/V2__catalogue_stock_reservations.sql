-- The catalogue, the stock, what orders asked for and hold, and the hand-offs to those who ship.

-- A product as the shop sells it; prices are gross (VAT included), in the currency's minor unit.
CREATE TABLE product (
    sku                   varchar(64)  PRIMARY KEY,
    name                  varchar(200) NOT NULL,
    unit_price_minor      bigint       NOT NULL CHECK (unit_price_minor >= 0),
    currency              char(3)      NOT NULL,
    vat_rate_basis_points integer      NOT NULL CHECK (vat_rate_basis_points BETWEEN 0 AND 10000),
    weight_grams          integer      NOT NULL CHECK (weight_grams >= 0),
    length_mm             integer      NOT NULL CHECK (length_mm >= 0),
    width_mm              integer      NOT NULL CHECK (width_mm >= 0),
    height_mm             integer      NOT NULL CHECK (height_mm >= 0),
    active                boolean      NOT NULL,
    ships_from            varchar(16)  NOT NULL CHECK (ships_from IN ('WAREHOUSE', 'DROPSHIP')),
    supplier              varchar(100),
    updated_at            timestamptz  NOT NULL,
    CHECK ((ships_from = 'DROPSHIP') = (supplier IS NOT NULL))
);

-- Units per sku. The checks are the last line of defence against overselling: whatever the
-- code does, a transaction that would reserve more than is on hand fails instead of committing.
CREATE TABLE stock (
    sku          varchar(64) PRIMARY KEY REFERENCES product (sku),
    on_hand      integer     NOT NULL CHECK (on_hand >= 0),
    reserved     integer     NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    safety_stock integer     NOT NULL DEFAULT 0 CHECK (safety_stock >= 0),
    updated_at   timestamptz NOT NULL,
    CHECK (reserved <= on_hand)
);

-- Every manual change of the stock, with the operator's reason.
CREATE TABLE stock_adjustment (
    id         bigserial    PRIMARY KEY,
    sku        varchar(64)  NOT NULL REFERENCES product (sku),
    delta      integer      NOT NULL,
    on_hand    integer      NOT NULL,
    reason     varchar(200) NOT NULL,
    made_at    timestamptz  NOT NULL
);

-- What inventory knows of an order: its lines (from OrderPlaced), whether the payment is
-- authorized and whether it was cancelled. Reservation needs both lines and authorization.
CREATE TABLE order_record (
    order_id                 uuid        PRIMARY KEY,
    placed_event_id          uuid,
    authorization_event_id   uuid,
    cancelled                boolean     NOT NULL DEFAULT false,
    updated_at               timestamptz NOT NULL
);

CREATE TABLE order_line (
    order_id  uuid        NOT NULL REFERENCES order_record (order_id),
    line_no   integer     NOT NULL,
    sku       varchar(64) NOT NULL,
    quantity  integer     NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, line_no)
);

-- At most one reservation per order: HELD, CAPTURED, RELEASED, or REFUSED (stock unavailable).
CREATE TABLE reservation (
    order_id       uuid        PRIMARY KEY REFERENCES order_record (order_id),
    status         varchar(16) NOT NULL CHECK (status IN ('HELD', 'CAPTURED', 'RELEASED', 'REFUSED')),
    cause_event_id uuid        NOT NULL,
    created_at     timestamptz NOT NULL,
    closed_at      timestamptz
);

CREATE INDEX reservation_held ON reservation (created_at) WHERE status = 'HELD';

-- Units held per sku, lines of the same sku summed.
CREATE TABLE reservation_line (
    order_id  uuid        NOT NULL REFERENCES reservation (order_id),
    sku       varchar(64) NOT NULL REFERENCES product (sku),
    quantity  integer     NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, sku)
);

-- One hand-off per order and destination (the warehouse, or a dropship supplier).
CREATE TABLE handoff (
    id          uuid         PRIMARY KEY,
    order_id    uuid         NOT NULL,
    destination varchar(100) NOT NULL,
    adapter     varchar(16)  NOT NULL,
    body        text         NOT NULL,
    status      varchar(16)  NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'RECORDED', 'FAILED')),
    attempts    integer      NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    UNIQUE (order_id, destination)
);

CREATE INDEX handoff_status ON handoff (status);

-- Every delivery attempt of a hand-off, with the response code when there was a response.
CREATE TABLE handoff_attempt (
    id           bigserial    PRIMARY KEY,
    handoff_id   uuid         NOT NULL REFERENCES handoff (id),
    attempted_at timestamptz  NOT NULL,
    status_code  integer,
    outcome      varchar(200) NOT NULL
);
