import { readFileSync } from 'node:fs';
import path from 'node:path';
import { E2E_PORT } from './e2e-config';

/**
 * The many-instances browser test (e2e/playwright.cluster.config.ts): nginx on E2E_PORT in front
 * of two `next start` instances of one build, launched by scripts/e2e-cluster.ts.
 */
export const CLUSTER_STATE_FILE = path.resolve('e2e', 'artifacts', 'cluster-state.json');
export const NGINX_PORT = E2E_PORT;
export const SANDBOX_PORT = E2E_PORT + 1;
export const INSTANCE_PORTS = [E2E_PORT + 2, E2E_PORT + 3] as const;
/** A request with this header goes to that instance only (`one` or `two`); without it, to either. */
export const PIN_HEADER = 'x-medinest-instance';
/** nginx names the instance that answered (its address) in this response header. */
export const UPSTREAM_HEADER = 'x-upstream';

export type ClusterState = {
  databaseUrl: string;
  appUrl: string;
  cronSecret: string;
  instances: { name: 'one' | 'two'; url: string; pid: number }[];
};
export const clusterState = (): ClusterState => JSON.parse(readFileSync(CLUSTER_STATE_FILE, 'utf8')) as ClusterState;
