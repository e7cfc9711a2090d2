import { NOTIFICATION_ATTRIBUTES, notificationSortKey, TABLES } from '../../src';

describe('notificationSortKey', () => {
  it('puts the time first so keys sort by publication time', () => {
    const keys = [
      notificationSortKey('2026-11-28T10:00:01.000Z', 'aaa'),
      notificationSortKey('2026-11-28T09:59:59.999Z', 'zzz'),
      notificationSortKey('2026-11-28T10:00:00.000Z', 'mmm'),
    ];
    expect([...keys].sort()).toEqual([keys[1], keys[2], keys[0]]);
  });

  it('keeps two messages of the same millisecond apart', () => {
    expect(notificationSortKey('2026-11-28T10:00:00.000Z', 'a')).not.toBe(
      notificationSortKey('2026-11-28T10:00:00.000Z', 'b'),
    );
  });

  it('uses the attribute names the table is keyed and expired by', () => {
    expect(NOTIFICATION_ATTRIBUTES.feed).toBe(TABLES.notifications.partitionKey);
    expect(NOTIFICATION_ATTRIBUTES.sk).toBe(TABLES.notifications.sortKey);
    expect(NOTIFICATION_ATTRIBUTES.expiresAt).toBe(TABLES.notifications.ttlAttribute);
  });
});
