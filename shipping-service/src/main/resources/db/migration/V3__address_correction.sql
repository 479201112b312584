-- When an operator last gave the shipment a new address (PUT /shipments/{orderId}/address); null
-- while the parcel goes to the address the order gave. LabelCreated then carries the new address,
-- so that order-service shows where the parcel really goes.
ALTER TABLE shipment ADD COLUMN address_corrected_at timestamptz;
