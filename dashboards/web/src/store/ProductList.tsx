import { formatMoney } from '../format/format';
import { ApiErrorAlert } from '../ui/ApiErrorAlert';
import type { CatalogState } from './use-catalog';

export interface ProductListProps {
  readonly catalog: CatalogState;
  readonly onAdd: (sku: string) => void;
  /** Loads the catalog again after an error. */
  readonly onRetry: () => void;
  readonly disabled: boolean;
}

/** The catalog, one card per product with its "Add to cart" button; a message while loading or after an error. */
export function ProductList({ catalog, onAdd, onRetry, disabled }: ProductListProps) {
  return (
    <section
      className="panel"
      aria-labelledby="products-heading"
      aria-busy={catalog.status === 'loading'}
      data-testid="products"
      data-status={catalog.status}
    >
      <h2 id="products-heading">Products</h2>
      {catalog.status === 'loading' ? (
        <p className="muted" data-testid="products-loading">
          Loading products…
        </p>
      ) : null}
      <ApiErrorAlert
        errors={[catalog.status === 'error' ? catalog.error : undefined]}
        testId="products-error"
      />
      {catalog.status === 'error' ? (
        <p>
          The products could not be loaded.{' '}
          <button type="button" className="button" onClick={onRetry} data-testid="products-retry">
            Try again
          </button>
        </p>
      ) : null}
      {catalog.status === 'ready' && catalog.products.length === 0 ? (
        <p className="muted" data-testid="products-empty">
          No products are on sale right now.
        </p>
      ) : null}
      {catalog.status === 'ready' && catalog.products.length > 0 ? (
        <ul className="product-grid">
          {catalog.products.map((product) => (
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
      ) : null}
    </section>
  );
}
