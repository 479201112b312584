-- Only the event types of contracts' EventType may enter the outbox. The Event Router sends a row
-- to the topic its type names, and topics are never created on the fly: a row with a misspelt
-- type would hold up the connector, and every event behind it, until someone noticed. This
-- rejects it in the writer's own transaction instead. Repeatable: it is re-applied whenever the
-- list changes, and OutboxEventTypesTest keeps the list equal to EventType.
ALTER TABLE outbox_event DROP CONSTRAINT IF EXISTS outbox_event_type_known;
ALTER TABLE outbox_event ADD CONSTRAINT outbox_event_type_known CHECK (type IN (
        'OrderPlaced',
        'OrderConfirmed',
        'OrderShipped',
        'OrderCancelled',
        'PaymentAuthorized',
        'PaymentDeclined',
        'PaymentCaptured',
        'PaymentCaptureFailed',
        'PaymentVoided',
        'PaymentRefunded',
        'StockReserved',
        'StockUnavailable',
        'StockReleased',
        'ProductChanged',
        'LabelCreated',
        'LabelFailed',
        'LabelVoided',
        'NotificationSent',
        'NotificationFailed'
    )) NOT VALID;

ALTER TABLE outbox_event DROP CONSTRAINT IF EXISTS outbox_event_aggregate_type_known;
ALTER TABLE outbox_event ADD CONSTRAINT outbox_event_aggregate_type_known
    CHECK (aggregate_type IN ('order', 'product')) NOT VALID;
