import { looksLikePan } from '../../src';

describe('looksLikePan', () => {
  it.each(['4242424242424242', '4111-1111-1111-1111', '5555 5555 5555 4444', '378282246310005'])(
    'recognises the test card %s',
    (pan) => expect(looksLikePan(pan)).toBe(true),
  );

  it.each(['4242424242424241', '1234', 'tok_abcdefgh', '12345678901234567890'])('does not flag %s', (value) =>
    expect(looksLikePan(value)).toBe(false),
  );
});
