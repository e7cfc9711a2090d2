import { pageOf } from '../../../src/ui/use-hash-route';

describe('pageOf', () => {
  it.each([
    ['#/admin', 'admin'],
    ['#admin', 'admin'],
    ['#/admin/', 'admin'],
    ['', 'store'],
    ['#/', 'store'],
    ['#/administrator', 'store'],
    ['#/unknown', 'store'],
  ])('%p is the %s page', (hash, page) => {
    expect(pageOf(hash)).toBe(page);
  });
});
