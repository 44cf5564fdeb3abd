import { startUpstashBridge } from '@/test-support/upstash-bridge';

/**
 * The Upstash REST bridge (test-support/upstash-bridge.ts) as a process of its own, as Upstash is a
 * service of its own in production: run inside the benchmark's process it shared one event loop
 * with the load generator, missed the shared cache's 300 ms deadline under load, and every page was
 * rendered uncached. `tsx bridge-server.ts <redis url>`; prints `{"url","token"}` once listening.
 */
const bridge = await startUpstashBridge({ redisUrl: process.argv[2] });
console.log(JSON.stringify({ url: bridge.url, token: bridge.token }));
const stop = () => void bridge.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
