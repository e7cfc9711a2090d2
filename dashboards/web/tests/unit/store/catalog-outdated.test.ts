import type { ProblemDetails } from '@unstoppable/core';
import { ApiError, NetworkError } from '../../../src/errors';
import { isCatalogOutdated } from '../../../src/store/catalog-outdated';

const refusal = (status: number, errors: ProblemDetails['errors']) =>
  new ApiError(status, { type: 'about:blank', title: 'Invalid order', status, errors });

describe('isCatalogOutdated', () => {
  it.each([
    ['a changed price', 'items[0].unitPrice', 'price_mismatch'],
    ['a product gone', 'items[1].sku', 'unknown_sku'],
    ['a changed currency', 'currency', 'currency_mismatch'],
  ])('is true for a 400 naming %s', (_what, field, rule) => {
    expect(isCatalogOutdated(refusal(400, [{ field, rule, message: 'm' }]))).toBe(true);
  });

  it('is false when any field error is not about the catalog (the shopper has something to fix)', () => {
    const errors = [
      { field: 'items[0].unitPrice', rule: 'price_mismatch', message: 'm' },
      { field: 'customer.email', rule: 'invalid_format', message: 'm' },
    ];
    expect(isCatalogOutdated(refusal(400, errors))).toBe(false);
  });

  it('is false for other statuses, a 400 without fields, and errors that are not API answers', () => {
    expect(
      isCatalogOutdated(refusal(409, [{ field: 'currency', rule: 'currency_mismatch', message: 'm' }])),
    ).toBe(false);
    expect(isCatalogOutdated(refusal(400, []))).toBe(false);
    expect(isCatalogOutdated(new NetworkError('/orders', 'offline'))).toBe(false);
    expect(isCatalogOutdated(undefined)).toBe(false);
  });
});
