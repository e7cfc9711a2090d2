/** PutEvents shapes and the event envelope, as the EventBridge API names them. */

/** One entry of PutEvents (`Detail` is JSON text of an object). */
export interface PutEventsRequestEntry {
  readonly Source?: string;
  readonly DetailType?: string;
  readonly Detail?: string;
  /** Name or ARN. @default 'default' */
  readonly EventBusName?: string;
  readonly Resources?: readonly string[];
  readonly Time?: Date | string;
}

export type PutEventsResultEntry =
  | { readonly EventId: string }
  | { readonly ErrorCode: string; readonly ErrorMessage: string };

export interface PutEventsResult {
  readonly Entries: PutEventsResultEntry[];
  readonly FailedEntryCount: number;
}

/** An event as the bus stored it, in the EventBridge envelope. */
export interface BusEvent {
  readonly version: '0';
  readonly id: string;
  readonly 'detail-type': string;
  readonly source: string;
  readonly account: string;
  readonly time: string;
  readonly region: string;
  readonly resources: readonly string[];
  readonly detail: Record<string, unknown>;
}
