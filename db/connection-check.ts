import postgres from 'postgres';

/**
 * Connects once and says, in one sentence, why DATABASE_URL cannot be used: the host, port and
 * database it names and the driver's reason. Null when it answers. Run at start-up so a wrong or
 * unreachable database stops the server with this message instead of 500s later.
 */
export async function databaseProblem(url: string, options: { timeoutSeconds?: number } = {}): Promise<string | null> {
  const client = postgres(url, { max: 1, connect_timeout: options.timeoutSeconds ?? 5, idle_timeout: 1, onnotice: () => {}, connection: { application_name: 'medinest-start-check' } });
  try {
    await client`select 1`;
    return null;
  } catch (error) {
    return describeFailure(url, error);
  } finally {
    await client.end({ timeout: 1 }).catch(() => {});
  }
}

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'nothing is listening there (connection refused): is PostgreSQL running on that host and port?',
  ENOTFOUND: 'the host name does not resolve (ENOTFOUND)',
  EAI_AGAIN: 'the host name could not be resolved right now (EAI_AGAIN)',
  CONNECT_TIMEOUT: 'no answer before the connect timeout: a firewall, a wrong host, or a server that is down',
  ETIMEDOUT: 'no answer before the connect timeout: a firewall, a wrong host, or a server that is down',
  EHOSTUNREACH: 'the host is unreachable (EHOSTUNREACH)',
  '28P01': 'the password was refused (28P01)',
  '28000': 'the server refused this user (28000)',
  '3D000': 'the server has no database of that name (3D000): create it (createdb) or fix the name',
};

export function describeFailure(url: string, error: unknown): string {
  let where = 'DATABASE_URL';
  try {
    const parsed = new URL(url);
    where = `host ${parsed.hostname}, port ${parsed.port || '5432'}, database ${decodeURIComponent(parsed.pathname.slice(1)) || '(default)'}, user ${decodeURIComponent(parsed.username) || '(default)'}`;
  } catch {
    // The schema already refused a malformed URL; keep the generic name.
  }
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  const reason = REASONS[code] ? `${REASONS[code]}; the driver said: ${message}` : message;
  return `Cannot use the database in DATABASE_URL (${where}): ${reason}`;
}
