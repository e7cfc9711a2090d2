import type { Product } from '@unstoppable/core';
import { useState } from 'react';
import { type Cart, cartCount, cartTotal, MAX_LINE_QUANTITY, pricedLines } from '../cart/cart';
import { formatMoney } from '../format/format';

export interface CartViewProps {
  readonly cart: Cart;
  readonly catalog: readonly Product[];
  /** True while a checkout is pending: the cart cannot change then. */
  readonly locked: boolean;
  readonly onQuantity: (sku: string, quantity: number) => void;
  readonly onRemove: (sku: string) => void;
}

interface QuantityInputProps {
  readonly id: string;
  readonly quantity: number;
  readonly disabled: boolean;
  readonly label: string;
  readonly testId: string;
  readonly onCommit: (quantity: number) => void;
}

/** A quantity box that lets the shopper clear it while typing; a whole number from 1 up is applied at once. */
function QuantityInput({ id, quantity, disabled, label, testId, onCommit }: QuantityInputProps) {
  const [draft, setDraft] = useState<string>();
  return (
    <input
      id={id}
      className="quantity-input"
      type="number"
      inputMode="numeric"
      min={1}
      max={MAX_LINE_QUANTITY}
      step={1}
      value={draft ?? String(quantity)}
      disabled={disabled}
      aria-label={label}
      data-testid={testId}
      onChange={(event) => {
        const text = event.currentTarget.value;
        const value = Number(text);
        if (text !== '' && Number.isInteger(value) && value >= 1) {
          setDraft(undefined);
          onCommit(value);
        } else {
          setDraft(text);
        }
      }}
      onBlur={() => setDraft(undefined)}
    />
  );
}

/** The cart: a quantity box and a remove button per line, and the total. */
export function CartView({ cart, catalog, locked, onQuantity, onRemove }: CartViewProps) {
  const lines = pricedLines(cart, catalog);
  const total = cartTotal(cart, catalog);
  return (
    <section className="panel" aria-labelledby="cart-heading" data-testid="cart">
      <h2 id="cart-heading">
        Cart{' '}
        <span className="muted small" data-testid="cart-count">
          ({cartCount(cart)} item{cartCount(cart) === 1 ? '' : 's'})
        </span>
      </h2>
      {lines.length === 0 ? (
        <p className="muted" data-testid="cart-empty">
          Your cart is empty.
        </p>
      ) : (
        <ul className="cart-lines">
          {lines.map(({ product, quantity, lineTotal }) => {
            const inputId = `quantity-${product.sku}`;
            return (
              <li key={product.sku} className="cart-line" data-testid={`cart-line-${product.sku}`}>
                <span className="cart-line-name">{product.name}</span>
                <label className="cart-line-quantity" htmlFor={inputId}>
                  <span>Quantity</span>
                  <QuantityInput
                    id={inputId}
                    quantity={quantity}
                    disabled={locked}
                    label={`Quantity of ${product.name}`}
                    testId={`cart-quantity-${product.sku}`}
                    onCommit={(value) => onQuantity(product.sku, value)}
                  />
                </label>
                <span className="cart-line-total">{formatMoney(lineTotal, product.currency)}</span>
                <button
                  type="button"
                  className="button link cart-line-remove"
                  disabled={locked}
                  onClick={() => onRemove(product.sku)}
                  aria-label={`Remove ${product.name} from cart`}
                  data-testid={`cart-remove-${product.sku}`}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {total ? (
        <p className="cart-total">
          Total: <strong data-testid="cart-total">{formatMoney(total.amount, total.currency)}</strong>
        </p>
      ) : null}
    </section>
  );
}
