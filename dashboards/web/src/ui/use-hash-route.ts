import { useEffect, useState } from 'react';

export type Page = 'store' | 'admin';

/** The page a location hash names: `#/admin` is the admin dashboard, anything else the store. */
export function pageOf(hash: string): Page {
  return /^#\/?admin\/?$/.test(hash) ? 'admin' : 'store';
}

/** The current page, following hash changes (links, back/forward). */
export function useHashPage(): Page {
  const [page, setPage] = useState<Page>(() => pageOf(window.location.hash));
  useEffect(() => {
    const onChange = () => setPage(pageOf(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return page;
}
