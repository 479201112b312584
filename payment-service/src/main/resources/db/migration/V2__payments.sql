-- The payments of payment-service: one per order, its history, the orders seen cancelled, and the
-- books of the sandbox gateway.

-- One payment per order. Holds digests of the e-mail address and the payment method for the fraud
-- rules; never a token, a card number or an address.
CREATE TABLE payment (
    id                uuid         PRIMARY KEY,
    order_id          uuid         NOT NULL UNIQUE,
    gateway           varchar(32)  NOT NULL,
    status            varchar(32)  NOT NULL,
    pending_operation varchar(16),
    pending_since     timestamptz,
    pending_cause     uuid,
    amount_minor      bigint       NOT NULL CHECK (amount_minor >= 0),
    currency          char(3)      NOT NULL,
    captured_minor    bigint       CHECK (captured_minor >= 0 AND captured_minor <= amount_minor),
    gateway_reference varchar(128),
    expires_at        timestamptz,
    decline_code      varchar(64),
    email_hash        char(64)     NOT NULL,
    card_fingerprint  char(64)     NOT NULL,
    label_created     boolean      NOT NULL DEFAULT false,
    stock_unavailable boolean      NOT NULL DEFAULT false,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL
);

-- The fraud rules count recent orders per e-mail address and per payment method.
CREATE INDEX payment_email_recent ON payment (email_hash, created_at);
CREATE INDEX payment_card_recent ON payment (card_fingerprint, created_at);
-- The sweep finds operations left in flight by a crash.
CREATE INDEX payment_pending ON payment (pending_since) WHERE pending_operation IS NOT NULL;

-- Every operation asked for and every gateway answer, for operators.
CREATE TABLE payment_operation (
    id           uuid         PRIMARY KEY,
    payment_id   uuid         NOT NULL REFERENCES payment (id),
    operation    varchar(16)  NOT NULL,
    outcome      varchar(16)  NOT NULL,
    amount_minor bigint       NOT NULL CHECK (amount_minor >= 0),
    currency     char(3)      NOT NULL,
    code         varchar(64),
    message      varchar(500),
    occurred_at  timestamptz  NOT NULL
);

CREATE INDEX payment_operation_history ON payment_operation (payment_id, occurred_at);

-- Orders seen cancelled, even before their OrderPlaced arrived: no payment is made for them.
CREATE TABLE order_cancellation (
    order_id     uuid         PRIMARY KEY,
    event_id     uuid         NOT NULL,
    cancelled_at timestamptz  NOT NULL
);

-- The sandbox gateway's own books: one entry per idempotency key, as a remote gateway keeps them.
CREATE TABLE sandbox_ledger (
    idempotency_key varchar(100) PRIMARY KEY,
    operation       varchar(16)  NOT NULL,
    reference       varchar(64)  NOT NULL,
    amount_minor    bigint       NOT NULL CHECK (amount_minor >= 0),
    currency        char(3)      NOT NULL,
    approved        boolean      NOT NULL,
    decline_code    varchar(64),
    message         varchar(500),
    expires_at      timestamptz,
    created_at      timestamptz  NOT NULL
);

CREATE INDEX sandbox_ledger_reference ON sandbox_ledger (reference);
