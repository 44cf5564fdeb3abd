import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nginxConfig } from '@/scripts/nginx-config';
import { untilHealthy, type RunningServer } from './server';

const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

/** Debian's nginx in front of the given instances, with the shop's recommended configuration. */
export async function startNginx(listenPort: number, instancePorts: number[]): Promise<RunningServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'medinest-bench-nginx-'));
  const config = path.join(dir, 'nginx.conf');
  writeFileSync(config, nginxConfig({ dir, listenPort, instances: instancePorts.map((port, i) => ({ name: `instance${i + 1}`, port })) }));
  const child = spawn(NGINX, ['-p', dir, '-c', config, '-e', 'stderr'], { stdio: ['ignore', 'inherit', 'inherit'] });
  return untilHealthy(child, `http://127.0.0.1:${listenPort}`, '/api/health', () => rmSync(dir, { recursive: true, force: true }));
}
