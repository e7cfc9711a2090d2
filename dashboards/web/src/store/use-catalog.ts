import type { Product } from '@unstoppable/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/api-client';

/** Where loading the catalog (`GET /products`) stands. */
export type CatalogState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly products: readonly Product[] }
  | { readonly status: 'error'; readonly error: unknown };

export interface Catalog {
  readonly state: CatalogState;
  /** The products once loaded; empty while loading or after an error. */
  readonly products: readonly Product[];
  /** Loads the catalog again (after an error). */
  readonly reload: () => void;
}

const NO_PRODUCTS: readonly Product[] = [];

/** The store's catalog, loaded once from the order API; an unmount or a reload cancels the call in flight. */
export function useCatalog(api: ApiClient): Catalog {
  const [state, setState] = useState<CatalogState>({ status: 'loading' });
  const inFlight = useRef<AbortController | undefined>(undefined);

  const load = useCallback(() => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setState({ status: 'loading' });
    api.listProducts({ signal: controller.signal }).then(
      ({ items }) => {
        if (!controller.signal.aborted) setState({ status: 'ready', products: items });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
  }, [api]);

  useEffect(() => {
    load();
    return () => inFlight.current?.abort();
  }, [load]);

  return { state, products: state.status === 'ready' ? state.products : NO_PRODUCTS, reload: load };
}
