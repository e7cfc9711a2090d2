import * as z from 'zod';
import { CURRENCIES } from './currencies';
import { containsDigitRun, looksLikePan, PAYMENT_TOKEN_PATTERN } from './payment-token';

/** Client order ids double as idempotency keys: 8-64 URL-safe characters. */
export const ORDER_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
export const SKU_PATTERN = /^[A-Z0-9][A-Z0-9-]{2,31}$/;

export interface OrderSchemaOptions {
  /**
   * Largest order amount accepted, in minor units.
   * @default 10_000_000 (100,000.00 in a two-decimal currency)
   */
  readonly maxAmountMinor?: number;
  /**
   * Largest unit price accepted, in minor units.
   * @default the maximum amount
   */
  readonly maxUnitPriceMinor?: number;
}

export const DEFAULT_MAX_AMOUNT_MINOR = 10_000_000;

const minorUnits = (max: number) =>
  z
    .number({ error: 'must be a number in integer minor units' })
    .int({ error: 'must be an integer number of minor units (no fractions)' })
    .positive({ error: 'must be greater than 0' })
    .max(max, { error: `must be at most ${max} minor units` });

const paymentToken = z
  .string({ error: 'must be a string' })
  .refine((value) => !looksLikePan(value) && !containsDigitRun(value), {
    error: 'looks like a card number; send the gateway payment token (tok_...), never card data',
    abort: true,
  })
  .regex(PAYMENT_TOKEN_PATTERN, {
    error: 'must be a payment token like tok_ followed by 8-64 letters or digits',
  });

/**
 * Builds the schema for an order as a client submits it. Unknown fields are rejected at every
 * level, and the amount must equal the sum of the items.
 *
 * @example
 * const result = createOrderInputSchema().safeParse(body);
 */
export function createOrderInputSchema(options: OrderSchemaOptions = {}) {
  const maxAmount = options.maxAmountMinor ?? DEFAULT_MAX_AMOUNT_MINOR;
  const maxUnitPrice = options.maxUnitPriceMinor ?? maxAmount;
  const item = z.strictObject({
    sku: z.string({ error: 'must be a string' }).regex(SKU_PATTERN, {
      error: 'must be 3-32 upper-case letters, digits or dashes, starting with a letter or digit',
    }),
    quantity: z
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number' })
      .min(1, { error: 'must be at least 1' })
      .max(1000, { error: 'must be at most 1000' }),
    unitPrice: minorUnits(maxUnitPrice),
  });
  return z
    .strictObject({
      orderId: z
        .string({ error: 'must be a string' })
        .regex(ORDER_ID_PATTERN, { error: 'must be 8-64 letters, digits, dashes or underscores' })
        .optional(),
      customer: z.strictObject({
        id: z
          .string({ error: 'must be a string' })
          .min(1, { error: 'must not be empty' })
          .max(64, { error: 'must be at most 64 characters' }),
        email: z.email({ error: 'must be a valid email address' }).max(254, { error: 'is too long' }),
      }),
      items: z
        .array(item, { error: 'must be an array of items' })
        .min(1, { error: 'must contain at least 1 item' })
        .max(50, { error: 'must contain at most 50 items' }),
      amount: minorUnits(maxAmount),
      currency: z.enum(CURRENCIES, { error: `must be one of ${CURRENCIES.join(', ')}` }),
      paymentToken,
    })
    .check((ctx) => {
      const total = ctx.value.items.reduce((sum, { quantity, unitPrice }) => sum + quantity * unitPrice, 0);
      if (total !== ctx.value.amount) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value.amount,
          path: ['amount'],
          message: `must equal the sum of quantity x unitPrice over the items (${total})`,
        });
      }
    });
}

export type OrderInput = z.infer<ReturnType<typeof createOrderInputSchema>>;
