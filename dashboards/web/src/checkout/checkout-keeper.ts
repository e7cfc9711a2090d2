import type { PlaceOrderRequest } from '../api/api-client';
import type { Cart, CartLine } from '../cart/cart';
import { newIdempotencyKey } from './idempotency-key';
import type { CustomerDetails } from './order-request';

/** A checkout that was submitted and has not settled: its key and the exact body sent with it. */
export interface PendingCheckout {
  readonly idempotencyKey: string;
  readonly request: PlaceOrderRequest;
  /** ISO time the checkout was first submitted. */
  readonly startedAt: string;
}

/** Everything the store keeps for the tab: the cart, the customer's details, the pending checkout. */
export interface SavedCheckout {
  readonly cart: Cart;
  readonly customer: CustomerDetails;
  readonly pending?: PendingCheckout;
}

/** The part of the Web Storage API the keeper uses (sessionStorage in the browser). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface CheckoutKeeperOptions {
  /** @default 'unstoppable.checkout' */
  readonly storageKey?: string;
  /** @default newIdempotencyKey */
  readonly newKey?: () => string;
  /** @default () => new Date() */
  readonly now?: () => Date;
}

const EMPTY: SavedCheckout = { cart: [], customer: { name: '', email: '' } };
const KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readCart(value: unknown): CartLine[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((line): CartLine[] =>
    isRecord(line) &&
    typeof line.sku === 'string' &&
    typeof line.quantity === 'number' &&
    Number.isInteger(line.quantity) &&
    line.quantity > 0
      ? [{ sku: line.sku, quantity: line.quantity }]
      : [],
  );
}

function readPending(value: unknown): PendingCheckout | undefined {
  if (!isRecord(value)) return undefined;
  const { idempotencyKey, request, startedAt } = value;
  if (typeof idempotencyKey !== 'string' || !KEY_PATTERN.test(idempotencyKey)) return undefined;
  if (!isRecord(request) || !Array.isArray(request.items) || typeof request.amount !== 'number')
    return undefined;
  return {
    idempotencyKey,
    request: request as unknown as PlaceOrderRequest,
    startedAt: typeof startedAt === 'string' ? startedAt : '',
  };
}

/**
 * Keeps the store's checkout in tab storage so a reload neither loses the cart nor places a second
 * order: the idempotency key is made once per checkout (`begin`), stored with the exact request,
 * and only dropped once the order has settled (`complete`) or was refused without being created
 * (`release`).
 */
export class CheckoutKeeper {
  private readonly storageKey: string;
  private readonly newKey: () => string;
  private readonly now: () => Date;

  constructor(
    private readonly storage: KeyValueStorage,
    options: CheckoutKeeperOptions = {},
  ) {
    this.storageKey = options.storageKey ?? 'unstoppable.checkout';
    this.newKey = options.newKey ?? (() => newIdempotencyKey());
    this.now = options.now ?? (() => new Date());
  }

  /** What was saved; anything unreadable counts as an empty checkout. */
  load(): SavedCheckout {
    let raw: unknown;
    try {
      raw = JSON.parse(this.storage.getItem(this.storageKey) ?? 'null');
    } catch {
      return EMPTY;
    }
    if (!isRecord(raw)) return EMPTY;
    const customer = isRecord(raw.customer) ? raw.customer : {};
    const pending = readPending(raw.pending);
    return {
      cart: readCart(raw.cart),
      customer: {
        name: typeof customer.name === 'string' ? customer.name : '',
        email: typeof customer.email === 'string' ? customer.email : '',
      },
      ...(pending ? { pending } : {}),
    };
  }

  /** Saves the cart and details; refused while a checkout is pending (its request must not change). */
  saveDraft(cart: Cart, customer: CustomerDetails): SavedCheckout {
    const saved = this.load();
    if (saved.pending) return saved;
    return this.write({ cart, customer });
  }

  /**
   * Starts a checkout, or returns the one already pending with its original key and request, so a
   * double submit or a reload sends the very same order again.
   */
  begin(request: PlaceOrderRequest): PendingCheckout {
    const saved = this.load();
    if (saved.pending) return saved.pending;
    const pending: PendingCheckout = {
      idempotencyKey: this.newKey(),
      request,
      startedAt: this.now().toISOString(),
    };
    this.write({ ...saved, pending });
    return pending;
  }

  /** The order went through (it will be or was charged): forget the key and empty the cart. */
  complete(): SavedCheckout {
    return this.write({ cart: [], customer: this.load().customer });
  }

  /** The order was not charged (declined, failed, or refused before creation): forget the key, keep the cart. */
  release(): SavedCheckout {
    const { pending: _dropped, ...rest } = this.load();
    return this.write(rest);
  }

  private write(checkout: SavedCheckout): SavedCheckout {
    this.storage.setItem(this.storageKey, JSON.stringify(checkout));
    return checkout;
  }
}
