import 'server-only';
import { onReplicaHealthChange } from '@/db/client';
import { logger } from './logger';

/** One log line each time report reads move off the read replica or back to it (db/replica-health.ts). */
export function logReplicaHealth(): void {
  onReplicaHealthChange((usable, reason) =>
    usable
      ? logger.info('the read replica answers again: reports read it')
      : logger.warn({ err: reason }, 'the read replica does not answer: reports read the primary until it does'),
  );
}
