import type { Product } from '@unstoppable/core';
import { formatMoney } from '../format/format';

export interface ProductListProps {
  readonly products: readonly Product[];
  readonly onAdd: (sku: string) => void;
  readonly disabled: boolean;
}

/** The catalog, one card per product with its "Add to cart" button. */
export function ProductList({ products, onAdd, disabled }: ProductListProps) {
  return (
    <section className="panel" aria-labelledby="products-heading">
      <h2 id="products-heading">Products</h2>
      <ul className="product-grid">
        {products.map((product) => (
          <li key={product.sku} className="product-card" data-testid={`product-${product.sku}`}>
            <h3 className="product-name">{product.name}</h3>
            <p className="product-sku">{product.sku}</p>
            <p className="product-price" data-testid={`product-price-${product.sku}`}>
              {formatMoney(product.unitPrice, product.currency)}
            </p>
            <button
              type="button"
              className="button primary"
              onClick={() => onAdd(product.sku)}
              disabled={disabled}
              // The name starts with the visible text, so speech input ("click Add to cart") finds it.
              aria-label={`Add to cart: ${product.name}`}
              data-testid={`add-to-cart-${product.sku}`}
            >
              Add to cart
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
