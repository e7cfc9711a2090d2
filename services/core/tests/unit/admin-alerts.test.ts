import {
  ADMIN_ALERT_KINDS,
  AdminAlertKind,
  ALERT_KIND_ATTRIBUTE,
  CIRCUIT_TRANSITION_ALERTS,
  isAdminAlertKind,
  ORDER_FAILED_ALERTS,
} from '../../src';

describe('admin alert kinds', () => {
  it('names every kind once, with its key as its value, fit for an SNS String attribute', () => {
    expect(new Set(ADMIN_ALERT_KINDS).size).toBe(ADMIN_ALERT_KINDS.length);
    for (const [key, kind] of Object.entries(AdminAlertKind)) {
      expect(kind).toBe(key);
      expect(kind).toMatch(/^[A-Z][A-Za-z]+$/);
    }
    // SNS attribute names: up to 256 of [A-Za-z0-9_.-], no "AWS." or "Amazon." prefix.
    expect(ALERT_KIND_ATTRIBUTE).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,255}$/);
    expect(ALERT_KIND_ATTRIBUTE).not.toMatch(/^(aws|amazon)\./i);
  });

  it('counts a kind at most once: a circuit transition or an order failure, not both', () => {
    for (const kind of [...CIRCUIT_TRANSITION_ALERTS, ...ORDER_FAILED_ALERTS]) {
      expect(ADMIN_ALERT_KINDS).toContain(kind);
    }
    const overlap = CIRCUIT_TRANSITION_ALERTS.filter((kind) =>
      (ORDER_FAILED_ALERTS as readonly string[]).includes(kind),
    );
    expect(overlap).toEqual([]);
  });

  it('recognises the kinds and nothing else', () => {
    expect(isAdminAlertKind('CircuitOpened')).toBe(true);
    expect(isAdminAlertKind('OrderFailed')).toBe(true);
    expect(isAdminAlertKind('circuitopened')).toBe(false);
    expect(isAdminAlertKind('toString')).toBe(false);
    expect(isAdminAlertKind(undefined)).toBe(false);
    expect(isAdminAlertKind(7)).toBe(false);
  });
});
