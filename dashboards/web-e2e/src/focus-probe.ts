import type { CDPSession, Page } from 'playwright-core';
import { PageCheckError } from './errors';

/** What a keyboard user lands on after a Tab: how assistive technology names it and what a sighted user sees. */
export interface FocusedControl {
  readonly tag: string;
  readonly testId?: string;
  /** Role from Chromium's accessibility tree (`button`, `textbox`, `checkbox`, `link`, ...). */
  readonly role: string;
  /** Accessible name from Chromium's accessibility tree. */
  readonly name: string;
  /** The label text shown on screen: its `<label>`s, else its own text; '' when nothing is visible. */
  readonly visibleLabel: string;
  /** True when an outline or a box shadow marks the focus. */
  readonly focusIndicator: boolean;
}

interface DomFacts {
  readonly tag: string;
  readonly testId?: string;
  readonly visibleLabel: string;
  readonly focusIndicator: boolean;
}

interface AxNode {
  readonly ignored?: boolean;
  readonly role?: { readonly value?: unknown };
  readonly name?: { readonly value?: unknown };
}

/** Reads the focused element's role and name as Chromium exposes them to screen readers. */
async function accessibleNameOfFocused(cdp: CDPSession): Promise<{ role: string; name: string }> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
  if (!result.objectId) return { role: '', name: '' };
  const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', {
    objectId: result.objectId,
    fetchRelatives: false,
  })) as { nodes: AxNode[] };
  const node = nodes.find((candidate) => !candidate.ignored) ?? nodes[0];
  return { role: String(node?.role?.value ?? ''), name: String(node?.name?.value ?? '').trim() };
}

/** Runs in the page: the focused element's visible label and focus ring. */
function domFactsOfFocused(): DomFacts {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body) return { tag: 'body', visibleLabel: '', focusIndicator: false };
  const shown = (node: Element): boolean => {
    const box = node.getBoundingClientRect();
    return (
      node.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
      box.width > 2 &&
      box.height > 2
    );
  };
  // innerText on purpose: the rendered text, without display:none or visibility:hidden parts.
  // biome-ignore lint/performance/useDomNodeTextContent: what a sighted user reads is the point here.
  const text = (node: Element) => (node instanceof HTMLElement ? node.innerText : (node.textContent ?? ''));
  const clean = (value: string) => value.replace(/\s+/g, ' ').trim();
  const labels = 'labels' in element ? [...((element as HTMLInputElement).labels ?? [])] : [];
  const labelledBy = (element.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? document.getElementById(id) : null))
    .filter((node): node is HTMLElement => node !== null);
  const sources = labels.length > 0 ? labels : labelledBy.length > 0 ? labelledBy : [element];
  const visibleLabel = clean(sources.filter(shown).map(text).join(' '));
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
  return {
    tag: element.tagName.toLowerCase(),
    testId: element.dataset.testid,
    visibleLabel,
    focusIndicator: outline || style.boxShadow !== 'none',
  };
}

const TAB_START_ID = 'e2e-tab-start';

/**
 * Runs in the page: focuses a temporary, untabbable marker before everything else, so the next
 * Tab goes to the page's first control whatever was clicked before.
 */
function startKeyboardAtTop(markerId: string): void {
  const marker = document.createElement('span');
  marker.id = markerId;
  marker.tabIndex = -1;
  document.body.prepend(marker);
  marker.focus();
}

/** Describes the element that has the keyboard focus. */
export async function describeFocused(page: Page, cdp: CDPSession): Promise<FocusedControl> {
  const facts = await page.evaluate(domFactsOfFocused);
  const { role, name } = facts.tag === 'body' ? { role: '', name: '' } : await accessibleNameOfFocused(cdp);
  return { ...facts, role, name };
}

/**
 * Presses Tab from the top of the page until focus leaves the document or comes back to a
 * control already seen; returns every control reached, in order.
 * @default maxTabs 80
 */
export async function tabThroughPage(page: Page, maxTabs = 80): Promise<FocusedControl[]> {
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(startKeyboardAtTop, TAB_START_ID);
  try {
    const reached: FocusedControl[] = [];
    for (let press = 0; press < maxTabs; press += 1) {
      await page.keyboard.press('Tab');
      const focused = await describeFocused(page, cdp);
      if (focused.tag === 'body') break;
      const first = reached[0];
      if (
        first &&
        first.tag === focused.tag &&
        first.name === focused.name &&
        first.testId === focused.testId
      )
        break;
      reached.push(focused);
    }
    return reached;
  } finally {
    await page.evaluate((id) => document.getElementById(id)?.remove(), TAB_START_ID);
    await cdp.detach();
  }
}

/** Roles of the controls a user operates, which must show their label (WCAG 2.5.3 label in name). */
const CONTROL_ROLES = new Set([
  'button',
  'link',
  'textbox',
  'searchbox',
  'spinbutton',
  'checkbox',
  'radio',
  'switch',
  'combobox',
  'listbox',
  'slider',
]);

/**
 * The controls among `reached` that a keyboard user could not identify: no accessible name, no
 * visible label, a name that does not contain the visible label (WCAG 2.5.3), or no focus ring.
 */
export function unlabelledControls(reached: readonly FocusedControl[]): string[] {
  const problems: string[] = [];
  for (const control of reached) {
    const who = `${control.role || control.tag} "${control.name}"${control.testId ? ` [${control.testId}]` : ''}`;
    if (control.name === '') problems.push(`${who}: no accessible name`);
    // A focusable scroll region (the orders table) is not a control: a name is enough.
    if (!CONTROL_ROLES.has(control.role)) {
      if (!control.focusIndicator) problems.push(`${who}: no visible focus indicator`);
      continue;
    }
    if (control.visibleLabel === '') problems.push(`${who}: no visible label`);
    else if (!control.name.toLowerCase().includes(control.visibleLabel.toLowerCase()))
      problems.push(`${who}: the name does not contain the visible label "${control.visibleLabel}"`);
    if (!control.focusIndicator) problems.push(`${who}: no visible focus indicator`);
  }
  return problems;
}

/**
 * Presses Tab until the focused control has this role and accessible name, as a keyboard user
 * would; throws when it is not reached within `maxTabs`.
 * @default maxTabs 80
 */
export async function tabTo(page: Page, role: string, name: string, maxTabs = 80): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const passed: string[] = [];
    for (let press = 0; press < maxTabs; press += 1) {
      await page.keyboard.press('Tab');
      const focused = await describeFocused(page, cdp);
      if (focused.role === role && focused.name === name) return;
      passed.push(`${focused.role}: ${focused.name}`);
    }
    throw new PageCheckError(`Tab never reached ${role} "${name}"; it passed ${passed.join(', ')}`);
  } finally {
    await cdp.detach();
  }
}
