-- When a pending hand-off is due for its next delivery attempt, and the RECALLED status for the
-- hand-offs of an order cancelled before they were delivered.
ALTER TABLE handoff ADD COLUMN next_attempt_at timestamptz;

ALTER TABLE handoff DROP CONSTRAINT handoff_status_check;
ALTER TABLE handoff ADD CONSTRAINT handoff_status_check
    CHECK (status IN ('PENDING', 'DELIVERED', 'RECORDED', 'FAILED', 'RECALLED'));

CREATE INDEX handoff_due ON handoff (next_attempt_at) WHERE status = 'PENDING';
