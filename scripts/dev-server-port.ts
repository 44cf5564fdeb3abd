/**
 * `npm run dev` and the port. Next moves to the next free port when 3000 is taken, but APP_URL
 * (eSewa's return address, links in emails) would still name 3000 and send shoppers to whatever
 * holds it. So the port is chosen here and handed to Next, and APP_URL follows it, or the start
 * is refused with the reason.
 */
export type DevPort = { port: number; asked: number; args: string[]; appUrl: string | undefined };

export class DevPortRefusal extends Error {}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1', '0.0.0.0']);

function requestedPort(args: string[], env: Record<string, string | undefined>): { port: number; explicit: boolean } {
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '-p' || arg === '--port') return { port: Number(args[i + 1]), explicit: true };
    if (arg.startsWith('--port=')) return { port: Number(arg.slice('--port='.length)), explicit: true };
  }
  if (env.PORT) return { port: Number(env.PORT), explicit: true };
  return { port: 3000, explicit: false };
}

function withoutPort(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '-p' || args[i] === '--port') i += 1;
    else if (!args[i]!.startsWith('--port=')) out.push(args[i]!);
  }
  return out;
}

export async function chooseDevPort(args: string[], env: Record<string, string | undefined>, isFree: (port: number) => Promise<boolean>): Promise<DevPort> {
  const { port: asked, explicit } = requestedPort(args, env);
  if (!Number.isInteger(asked) || asked < 1 || asked > 65535) throw new DevPortRefusal(`The port ${asked} is not a port number.`);
  let port = asked;
  if (!(await isFree(asked))) {
    if (explicit) throw new DevPortRefusal(`Port ${asked} is in use by another program. Stop it, or choose another port (npm run dev -- -p <port>).`);
    port = 0;
    for (let candidate = asked + 1; candidate <= asked + 20; candidate += 1) {
      if (await isFree(candidate)) {
        port = candidate;
        break;
      }
    }
    if (!port) throw new DevPortRefusal(`Ports ${asked} to ${asked + 20} are all in use. Stop some servers, or choose a port (npm run dev -- -p <port>).`);
  }

  let appUrl: string | undefined = `http://localhost:${port}`;
  if (env.APP_URL) {
    const configured = new URL(env.APP_URL);
    const configuredPort = Number(configured.port || (configured.protocol === 'https:' ? 443 : 80));
    if (LOCAL_HOSTS.has(configured.hostname) && configuredPort !== port) {
      throw new DevPortRefusal(
        `APP_URL is ${env.APP_URL} but this server would listen on port ${port}${port !== asked ? ` (${asked} is in use)` : ''}: eSewa and emails would send shoppers to the wrong program. Stop what holds port ${configuredPort}, or set APP_URL to http://localhost:${port}.`,
      );
    }
    // A public address (a tunnel, a proxy) in front of this server stays as configured.
    appUrl = undefined;
  }
  return { port, asked, args: [...withoutPort(args), '--port', String(port)], appUrl };
}

/** True when a server could listen on the port on every interface (as `next dev` does). */
export async function canListen(port: number): Promise<boolean> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}
