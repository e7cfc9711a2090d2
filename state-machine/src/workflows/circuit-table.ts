import { CIRCUIT_ATTRIBUTES, CIRCUIT_IDS, CircuitState } from '@unstoppable/core';
import type { JsonPath, PayloadTemplate } from '../asl/common';
import { attr } from '../asl/dynamodb-json';
import { type UpdateItemSpec, updateItemParameters } from '../asl/dynamodb-update';

/** Key of the payment gateway's circuit item. */
export const PAYMENT_GATEWAY_CIRCUIT_KEY = {
  [CIRCUIT_ATTRIBUTES.circuitId]: attr.string(CIRCUIT_IDS.paymentGateway),
};

/** Key of a circuit item whose id is read from a path. */
export function circuitKeyAt(path: JsonPath): PayloadTemplate {
  return { [CIRCUIT_ATTRIBUTES.circuitId]: attr.stringAt(path) };
}

/** Circuit states as attribute values, for `:closed`, `:open`, `:halfOpen`. */
export const circuitStateValue = {
  closed: attr.string(CircuitState.CLOSED),
  open: attr.string(CircuitState.OPEN),
  halfOpen: attr.string(CircuitState.HALF_OPEN),
};

/** A consistent GetItem of a circuit item. */
export function getCircuitParameters(tableName: string, key: PayloadTemplate): PayloadTemplate {
  return { TableName: tableName, Key: key, ConsistentRead: true };
}

/** An UpdateItem of the circuit table; `#name`s must be CIRCUIT_ATTRIBUTES. */
export function circuitUpdateParameters(spec: Omit<UpdateItemSpec, 'attributes'>): PayloadTemplate {
  return updateItemParameters({ ...spec, attributes: CIRCUIT_ATTRIBUTES });
}
