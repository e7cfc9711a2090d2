import { isCatalogRule } from '@unstoppable/core';
import { ApiError } from '../errors';

/**
 * Whether a checkout was refused because the store priced it from an outdated catalog (a product
 * gone, a price or currency changed since the page loaded): then the store loads the catalog again
 * and the shopper pays the current prices with a new checkout.
 */
export function isCatalogOutdated(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 400 &&
    error.fieldErrors.length > 0 &&
    error.fieldErrors.every((field) => isCatalogRule(field.rule))
  );
}
