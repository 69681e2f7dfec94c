-- Staff records the recognition gates read (processing group recognition-register): each staff
-- member's current unit, and every staff count a unit recorded. The ADVANCED_COLLECTIVE share and
-- the Chiến sĩ thi đua cơ sở quota are computed from these when the unit has staff recorded.

-- Each staff member's current unit (registration, then the latest transfer).
CREATE TABLE recognition_staff (
    staff_id     VARCHAR(64) PRIMARY KEY,
    unit_id      VARCHAR(64) NOT NULL,
    effective_on DATE
);
CREATE INDEX recognition_staff_by_unit ON recognition_staff (unit_id);

-- Staff members registered before this table existed: read them from the stored events, then
-- apply each one's latest transfer.
INSERT INTO recognition_staff (staff_id, unit_id)
SELECT p ->> 'staffId', p ->> 'unitId'
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p
      FROM domain_event_entry
      WHERE payload_type = 'vn.thidua.events.organisation.StaffMemberRegistered') registered
ON CONFLICT DO NOTHING;
UPDATE recognition_staff staff
SET unit_id = latest.to_unit_id
FROM (SELECT DISTINCT ON (p ->> 'staffId') p ->> 'staffId' AS staff_id, p ->> 'toUnitId' AS to_unit_id
      FROM (SELECT global_index, convert_from(payload, 'UTF8')::jsonb AS p
            FROM domain_event_entry
            WHERE payload_type = 'vn.thidua.events.organisation.StaffMemberTransferred') transferred
      ORDER BY p ->> 'staffId', global_index DESC) latest
WHERE staff.staff_id = latest.staff_id;

-- Every recorded staff count of a unit, by the day it takes effect (StaffCountChanged).
CREATE TABLE recognition_staff_count (
    unit_id        VARCHAR(64) NOT NULL,
    effective_from DATE        NOT NULL,
    staff          INTEGER     NOT NULL,
    PRIMARY KEY (unit_id, effective_from)
);
