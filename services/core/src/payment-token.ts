/** A payment token as issued by the gateway's client SDK: `tok_` then 8-64 letters or digits. */
export const PAYMENT_TOKEN_PATTERN = /^tok_[A-Za-z0-9]{8,64}$/;

/**
 * True when the value looks like a primary account number (a card number): 12-19 digits,
 * optionally grouped by spaces or dashes, passing the Luhn check. Such a value must never be
 * accepted, stored or logged.
 */
export function looksLikePan(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits)) return false;
  return luhnValid(digits);
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Contains a run of 12+ digits anywhere: used to refuse card numbers hidden inside other text. */
export function containsDigitRun(value: string): boolean {
  return /\d{12,}/.test(value.replace(/[\s-]/g, ''));
}
