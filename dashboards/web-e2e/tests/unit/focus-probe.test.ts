import { type FocusedControl, unlabelledControls } from '../../src/focus-probe';

const control = (overrides: Partial<FocusedControl>): FocusedControl => ({
  tag: 'button',
  role: 'button',
  name: 'Apply chaos',
  visibleLabel: 'Apply chaos',
  focusIndicator: true,
  ...overrides,
});

describe('unlabelledControls', () => {
  it('accepts a control whose accessible name contains its visible label, ignoring case', () => {
    expect(
      unlabelledControls([
        control({}),
        control({ role: 'button', name: 'Add to cart: Retry Queue Mug', visibleLabel: 'Add to cart' }),
        control({
          tag: 'input',
          role: 'spinbutton',
          name: 'Quantity of Retry Queue Mug',
          visibleLabel: 'quantity',
        }),
      ]),
    ).toEqual([]);
  });

  it('reports a name that does not contain the visible label (WCAG 2.5.3)', () => {
    expect(
      unlabelledControls([
        control({
          name: 'Add Retry Queue Mug to cart',
          visibleLabel: 'Add to cart',
          testId: 'add-to-cart-MUG-RETRY',
        }),
      ]),
    ).toEqual([
      'button "Add Retry Queue Mug to cart" [add-to-cart-MUG-RETRY]: the name does not contain the visible label "Add to cart"',
    ]);
  });

  it('reports a control without a name, without a visible label, or without a focus ring', () => {
    expect(
      unlabelledControls([
        control({ tag: 'input', role: 'textbox', name: '', visibleLabel: '' }),
        control({ name: 'Save token', visibleLabel: 'Save token', focusIndicator: false }),
      ]),
    ).toEqual([
      'textbox "": no accessible name',
      'textbox "": no visible label',
      'button "Save token": no visible focus indicator',
    ]);
  });

  it('asks only for a name and a focus ring from a focusable region that is not a control', () => {
    const region = control({
      tag: 'section',
      role: 'region',
      name: 'Orders table',
      visibleLabel: 'Order id Status',
    });
    expect(unlabelledControls([region])).toEqual([]);
    expect(unlabelledControls([{ ...region, name: '', focusIndicator: false }])).toEqual([
      'region "": no accessible name',
      'region "": no visible focus indicator',
    ]);
  });
});
