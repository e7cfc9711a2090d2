/**
 * ISO-4217 currencies the shop accepts, with their minor-unit exponent
 * (2 for EUR: 1999 = 19.99 EUR; 0 for JPY; 3 for KWD).
 */
export const CURRENCY_EXPONENTS = {
  AUD: 2,
  CAD: 2,
  CHF: 2,
  CZK: 2,
  DKK: 2,
  EUR: 2,
  GBP: 2,
  JPY: 0,
  KWD: 3,
  NOK: 2,
  NZD: 2,
  PLN: 2,
  SEK: 2,
  USD: 2,
} as const;

export type Currency = keyof typeof CURRENCY_EXPONENTS;

export const CURRENCIES = Object.keys(CURRENCY_EXPONENTS) as [Currency, ...Currency[]];

/**
 * Formats an amount in minor units for people, e.g. `formatAmount(1999, 'EUR')` -> `"19.99 EUR"`.
 */
export function formatAmount(amountMinor: number, currency: Currency): string {
  const exponent = CURRENCY_EXPONENTS[currency];
  return `${(amountMinor / 10 ** exponent).toFixed(exponent)} ${currency}`;
}
