// Runs once when a server starts: loading lib/env validates the configuration, so a bad or
// missing setting stops the start with a message naming it.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    await import('./lib/env');
  }
}
