import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LOCAL_REGION } from '../local-aws';
import { startDynaliteThread } from './dynalite-thread';

/** Options of {@link startDynamoDb}. */
export interface DynamoDbOptions {
  /**
   * LevelDB directory to keep the data on disk between runs.
   * @default in memory (lost on `end()`)
   */
  readonly path?: string;
  /**
   * Port to listen on (localhost only).
   * @default 0 (a free port chosen by the OS)
   */
  readonly port?: number;
}

/** A running dynalite: the real DynamoDB HTTP API on localhost. */
export interface LocalDynamoDb {
  /** e.g. `http://127.0.0.1:41234`; give it to any AWS SDK client as `endpoint`. */
  readonly endpoint: string;
  /** A client bound to the endpoint (region us-east-1, dummy credentials). */
  readonly client: DynamoDBClient;
  /** Closes the client, then the server (and its store). */
  end(): Promise<void>;
}

/** Credentials dynalite accepts (it checks that they are present, not what they are). */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

/** A DynamoDB client for a local endpoint, as services configure theirs locally. */
export function createLocalDynamoDbClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
}

/**
 * Starts dynalite on 127.0.0.1 in a worker thread (its own event loop, so on a multi-core machine
 * DynamoDB work runs beside the stack's instead of queueing on it). Tables become ACTIVE at once
 * (no CREATING delay).
 *
 * @example
 * const ddb = await startDynamoDb();
 * await createTables(ddb.client, 'local');
 * await ddb.end();
 */
export async function startDynamoDb(options: DynamoDbOptions = {}): Promise<LocalDynamoDb> {
  const thread = await startDynaliteThread(options.path, options.port ?? 0);
  const endpoint = `http://127.0.0.1:${thread.port}`;
  const client = createLocalDynamoDbClient(endpoint);
  let ended: Promise<void> | undefined;
  return {
    endpoint,
    client,
    end() {
      ended ??= (async () => {
        client.destroy();
        await thread.close();
      })();
      return ended;
    },
  };
}
