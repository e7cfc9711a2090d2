import { toProblemDetails } from '../../../src/api/problem-details';

describe('toProblemDetails', () => {
  it('keeps the members of a problem details body', () => {
    const body = {
      type: '/problems/idempotency-key-reused',
      title: 'The idempotency key was used for a different order',
      status: 409,
      detail: 'order web-1 already exists with a different body',
      instance: '/orders',
      errors: [{ field: 'Idempotency-Key', rule: 'idempotency_conflict', message: 'already names an order' }],
    };
    expect(toProblemDetails(JSON.stringify(body), 409)).toEqual(body);
  });

  it('makes up a title from the status for an empty or non-JSON body', () => {
    expect(toProblemDetails('', 504, 'Gateway Timeout')).toEqual({
      type: 'about:blank',
      title: 'HTTP 504 Gateway Timeout',
      status: 504,
    });
    expect(toProblemDetails('{not json', 500)).toEqual({
      type: 'about:blank',
      title: 'HTTP 500',
      status: 500,
    });
    expect(toProblemDetails('[1,2]', 400).title).toBe('HTTP 400');
  });

  it('drops field errors that lack a field or a message and defaults the rule', () => {
    const body = {
      title: 'The request is invalid',
      errors: [{ field: 'items[0].quantity', message: 'must be at least 1' }, { field: 'x' }, 'junk', null],
    };
    expect(toProblemDetails(JSON.stringify(body), 400)).toEqual({
      type: 'about:blank',
      title: 'The request is invalid',
      status: 400,
      errors: [{ field: 'items[0].quantity', rule: 'invalid', message: 'must be at least 1' }],
    });
  });

  it('uses the HTTP status when the body carries none or a wrong type', () => {
    expect(toProblemDetails(JSON.stringify({ title: 'Oops', status: 'bad' }), 503).status).toBe(503);
  });
});
