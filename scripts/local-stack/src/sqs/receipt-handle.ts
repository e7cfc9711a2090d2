import { randomBytes } from 'node:crypto';
import { AwsServiceError } from '../errors';

/**
 * Receipt handles carry the message id (plus randomness, so each receive gets a new handle): a
 * handle of a message deleted since still names it, which lets DeleteMessage succeed on it as SQS does.
 */
export function issueReceiptHandle(messageId: string): string {
  return Buffer.from(`${messageId}:${randomBytes(16).toString('hex')}`, 'utf8').toString('base64url');
}

/** The message id inside a handle, or `ReceiptHandleIsInvalid` for anything this queue did not issue. */
export function messageIdOfReceiptHandle(handle: string): string {
  const decoded = typeof handle === 'string' ? Buffer.from(handle, 'base64url').toString('utf8') : '';
  const match = /^([0-9a-f-]{36}):[0-9a-f]{32}$/.exec(decoded);
  if (!match?.[1]) {
    throw new AwsServiceError(
      'SQS',
      'ReceiptHandleIsInvalid',
      `The input receipt handle "${String(handle)}" is not a valid receipt handle.`,
      'ReceiptHandle',
    );
  }
  return match[1];
}
