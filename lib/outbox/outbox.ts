import 'server-only';
import { and, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource, SelectedFields } from 'drizzle-orm/pg-core';
import type { SelectResultFields } from 'drizzle-orm/query-builders/select.types';
import type { Database, Transaction } from '@/db/client';
import type { RetryPolicy } from './retry-policy';

type Executor = Database | Transaction;
/** The columns every outbox table has; its state column is named per table (`status`, `state`). */
type OutboxTable = PgTable & { id: PgColumn; attempts: PgColumn; nextAttemptAt: PgColumn; lastError: PgColumn };
type ClaimedRow = { id: string; attempts: number };
/** The values of the table's state column (`sent`, `logged`, `delivered` …). */
type StateOf<T, S extends keyof T> = T[S] extends { _: { data: infer D } } ? D : never;

export type DispatchSummary = { claimed: number; delivered: number; retrying: number; failed: number };
export const emptySummary = (claimed: number): DispatchSummary => ({ claimed, delivered: 0, retrying: 0, failed: 0 });

/** What a failed send says, short enough for the row and the log. */
export const errorText = (error: unknown, maxLength = 500): string => (error instanceof Error ? error.message : String(error)).slice(0, maxLength);

/**
 * One outbox table's queue bookkeeping, the same for email, SMS, push and webhooks: claim the due
 * rows, then record each as delivered, due again after the policy's wait, or given up on. Each
 * channel keeps how it sends, how it reads a provider's refusal, and what else it writes.
 */
export function defineOutbox<T extends OutboxTable, S extends keyof T & string>(table: T, { state, leaseMs, retry }: { state: S; leaseMs: () => number; retry: RetryPolicy }) {
  const stateColumn = table[state] as unknown as PgColumn;
  // Column keys are checked by each caller's `set`; here the shared columns are written by name.
  const write = (executor: Executor, id: string, values: Record<string, unknown>) =>
    executor
      .update(table)
      .set(values as PgUpdateSetSource<T>)
      .where(eq(table.id, id));

  return {
    /**
     * Due rows (pending, or sending with a lapsed lease), locked FOR UPDATE SKIP LOCKED in a short
     * transaction so concurrent dispatchers never take the same row, and marked sending with one
     * attempt more. The lease makes a row due again if its dispatcher dies mid-send; sending
     * happens outside any transaction. `load` reads what else a send needs, in that transaction.
     */
    async claimDue<F extends SelectedFields, R = SelectResultFields<F> & ClaimedRow>(
      db: Database,
      { now, limit, where, returning }: { now: Date; limit: number; where?: SQL; returning: F },
      load?: (tx: Transaction, rows: (SelectResultFields<F> & ClaimedRow)[]) => Promise<R[]>,
    ): Promise<R[]> {
      return db.transaction(async (tx) => {
        const due = await tx
          .select({ id: table.id })
          .from(table as PgTable)
          .where(and(inArray(stateColumn, ['pending', 'sending']), lte(table.nextAttemptAt, now), where))
          .orderBy(table.nextAttemptAt)
          .limit(limit)
          .for('update', { skipLocked: true });
        if (due.length === 0) return [];
        const claimed = (await tx
          .update(table)
          .set({ [state]: 'sending', attempts: sql`${table.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + leaseMs()) } as PgUpdateSetSource<T>)
          .where(inArray(table.id, due.map((row) => row.id as string)))
          .returning({ ...returning, id: table.id, attempts: table.attempts })) as unknown as (SelectResultFields<F> & ClaimedRow)[];
        return load ? load(tx, claimed) : (claimed as unknown as R[]);
      });
    },

    /** Sent: the row takes `deliveredState` and the channel's columns, and forgets any earlier error. */
    recordDelivered: (executor: Executor, id: string, deliveredState: StateOf<T, S>, set: PgUpdateSetSource<T> = {}) =>
      write(executor, id, { ...set, [state]: deliveredState, lastError: null }),

    /**
     * Not sent: due again after the policy's wait for this attempt, or failed for good once the
     * attempts are used up or the provider's refusal is `permanent`. `set` adds the channel's
     * columns, knowing which it is. Returns whether the row was given up on.
     */
    async recordFailure(
      executor: Executor,
      row: ClaimedRow,
      { now, error, permanent = false, set }: { now: Date; error: string; permanent?: boolean; set?: (giveUp: boolean) => PgUpdateSetSource<T> },
    ): Promise<boolean> {
      const giveUp = row.attempts >= retry.maxAttempts || permanent;
      await write(executor, row.id, {
        ...set?.(giveUp),
        [state]: giveUp ? 'failed' : 'pending',
        lastError: error,
        nextAttemptAt: new Date(now.getTime() + retry.delayMs(row.attempts)),
      });
      return giveUp;
    },

    /** Failed at once, without a retry (nothing left to send it to). */
    recordGivenUp: (executor: Executor, id: string, error: string, set: PgUpdateSetSource<T> = {}) => write(executor, id, { ...set, [state]: 'failed', lastError: error }),
  };
}
