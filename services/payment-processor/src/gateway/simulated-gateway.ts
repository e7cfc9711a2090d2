import { type ChaosConfig, GatewayTimeoutError, GatewayUnavailableError } from '@unstoppable/core';
import type { ChargeLedger } from './charge-ledger';
import type { GatewayChargeRequest, GatewayOutcome, PaymentGateway } from './payment-gateway';

export interface SimulatedGatewayOptions {
  readonly ledger: ChargeLedger;
  /** Current chaos settings (cached by the caller). */
  readonly chaos: () => Promise<ChaosConfig>;
  /** The client gives up after this long and reports GatewayTimeout. */
  readonly timeoutMs: number;
  /**
   * Random source in [0, 1), for deterministic tests.
   * @default Math.random
   */
  readonly random?: () => number;
  /** @default setTimeout-based sleep */
  readonly sleep?: (ms: number) => Promise<void>;
  /** @default () => new Date() */
  readonly clock?: () => Date;
  /** @default crypto.randomUUID-based `ch_` ids */
  readonly newChargeId?: () => string;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A payment gateway that behaves like a real one (idempotent on the key, replays its first
 * answer) and misbehaves on demand: hard down, a failure rate, added latency, a decline rate.
 */
export class SimulatedGateway implements PaymentGateway {
  private readonly random: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly clock: () => Date;
  private readonly newChargeId: () => string;

  constructor(private readonly options: SimulatedGatewayOptions) {
    this.random = options.random ?? Math.random;
    this.sleep = options.sleep ?? defaultSleep;
    this.clock = options.clock ?? (() => new Date());
    this.newChargeId = options.newChargeId ?? (() => `ch_${crypto.randomUUID().replaceAll('-', '')}`);
  }

  async charge(request: GatewayChargeRequest): Promise<GatewayOutcome> {
    const chaos = await this.options.chaos();
    if (chaos.latencyMs > 0) {
      if (chaos.latencyMs >= this.options.timeoutMs) {
        await this.sleep(this.options.timeoutMs);
        throw new GatewayTimeoutError(`gateway did not answer within ${this.options.timeoutMs} ms`);
      }
      await this.sleep(chaos.latencyMs);
    }
    if (chaos.down) throw new GatewayUnavailableError('gateway unavailable (chaos: down)');
    if (chaos.failureRate > 0 && this.random() < chaos.failureRate) {
      throw new GatewayUnavailableError('gateway answered 503 (chaos: failure rate)');
    }
    const replayed = await this.options.ledger.replay(request.idempotencyKey);
    if (replayed) return toOutcome(replayed);
    const outcome: GatewayOutcome =
      chaos.declineRate > 0 && this.random() < chaos.declineRate
        ? { outcome: 'DECLINED', chargeId: this.newChargeId(), declineReason: 'card_declined' }
        : { outcome: 'CAPTURED', chargeId: this.newChargeId() };
    return toOutcome(await this.options.ledger.record(request, outcome, this.clock()));
  }

  /** A read of the ledger; fails like the gateway when chaos has it down. */
  async find(idempotencyKey: string): Promise<GatewayOutcome | undefined> {
    const chaos = await this.options.chaos();
    if (chaos.down) throw new GatewayUnavailableError('gateway unavailable (chaos: down)');
    const entry = await this.options.ledger.find(idempotencyKey);
    return entry ? toOutcome(entry) : undefined;
  }
}

function toOutcome(entry: { outcome: string; chargeId: string; declineReason?: string }): GatewayOutcome {
  return entry.outcome === 'DECLINED'
    ? { outcome: 'DECLINED', chargeId: entry.chargeId, declineReason: entry.declineReason ?? 'card_declined' }
    : { outcome: 'CAPTURED', chargeId: entry.chargeId };
}
