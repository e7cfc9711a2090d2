import type { FieldError } from '@unstoppable/core';
import type { FormEvent } from 'react';
import type { CustomerDetails } from '../checkout/order-request';
import { errorsFor, FormField } from '../ui/FormField';

export interface CheckoutFormProps {
  readonly customer: CustomerDetails;
  readonly paymentToken: string;
  /** The formatted total, shown on the pay button; undefined when the cart is empty. */
  readonly total?: string;
  readonly submitting: boolean;
  readonly fieldErrors: readonly FieldError[];
  readonly onCustomer: (customer: CustomerDetails) => void;
  readonly onPaymentToken: (token: string) => void;
  readonly onSubmit: () => void;
}

/** Name, email and the test payment token, and the pay button (disabled while submitting). */
export function CheckoutForm(props: CheckoutFormProps) {
  const { customer, paymentToken, total, submitting, fieldErrors } = props;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!submitting) props.onSubmit();
  };
  return (
    <section className="panel" aria-labelledby="checkout-heading">
      <h2 id="checkout-heading">Checkout</h2>
      <form onSubmit={submit} noValidate aria-busy={submitting} data-testid="checkout-form">
        <FormField
          id="checkout-name"
          label="Name"
          autoComplete="name"
          maxLength={64}
          value={customer.name}
          errors={errorsFor(fieldErrors, 'customer.id')}
          onChange={(event) => props.onCustomer({ ...customer, name: event.currentTarget.value })}
          data-testid="checkout-name"
        />
        <FormField
          id="checkout-email"
          label="Email"
          type="email"
          autoComplete="email"
          value={customer.email}
          errors={errorsFor(fieldErrors, 'customer.email')}
          onChange={(event) => props.onCustomer({ ...customer, email: event.currentTarget.value })}
          data-testid="checkout-email"
        />
        <FormField
          id="checkout-token"
          label="Test payment token"
          hint="A gateway token, never a card number. The demo token is prefilled."
          autoComplete="off"
          spellCheck={false}
          value={paymentToken}
          errors={errorsFor(fieldErrors, 'paymentToken')}
          onChange={(event) => props.onPaymentToken(event.currentTarget.value)}
          data-testid="checkout-payment-token"
        />
        {errorsFor(fieldErrors, 'items').length + errorsFor(fieldErrors, 'amount').length > 0 ? (
          <p className="field-error">
            {[...errorsFor(fieldErrors, 'items'), ...errorsFor(fieldErrors, 'amount')]
              .map((error) => `${error.field}: ${error.message}`)
              .join('; ')}
          </p>
        ) : null}
        <button
          type="submit"
          className="button primary large"
          disabled={submitting || total === undefined}
          data-testid="checkout-submit"
        >
          {submitting ? 'Submitting…' : `Pay ${total ?? ''}`.trim()}
        </button>
      </form>
    </section>
  );
}
