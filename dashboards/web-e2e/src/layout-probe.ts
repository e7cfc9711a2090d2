import type { Page } from 'playwright-core';

/** How a page fits its viewport horizontally. */
export interface LayoutReport {
  readonly innerWidth: number;
  /** `document.scrollingElement.scrollWidth`: wider than `innerWidth` means the page scrolls sideways. */
  readonly scrollWidth: number;
  /** Visible controls (outside a deliberate sideways-scrolling region) that stick out of the viewport. */
  readonly controlsOutside: readonly string[];
}

/** Runs in the page. */
function measureLayout(): LayoutReport {
  const { innerWidth } = window;
  const scrollWidth = document.scrollingElement?.scrollWidth ?? document.documentElement.scrollWidth;
  const controls = document.querySelectorAll<HTMLElement>(
    'a[href], button, input, select, textarea, [tabindex]',
  );
  const controlsOutside: string[] = [];
  for (const control of controls) {
    if (!control.checkVisibility() || control.closest('.table-scroll, .visually-hidden')) continue;
    if (control.classList.contains('skip-link')) continue;
    const box = control.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (box.left < -0.5 || box.right > innerWidth + 0.5) {
      const name =
        control.dataset.testid ?? control.getAttribute('aria-label') ?? (control.textContent ?? '').trim();
      controlsOutside.push(
        `${control.tagName.toLowerCase()} "${name}" spans ${Math.round(box.left)}-${Math.round(box.right)} px`,
      );
    }
  }
  return { innerWidth, scrollWidth, controlsOutside };
}

/** Measures the page as it is laid out now. */
export function measurePageLayout(page: Page): Promise<LayoutReport> {
  return page.evaluate(measureLayout);
}
