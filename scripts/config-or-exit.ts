import { loadServerEnv } from '@/lib/env-loader';
import { ConfigurationError, type ServerEnv } from '@/lib/env-schema';

/** Scripts stop with a plain message, not a stack trace, when the configuration is wrong. */
export function configOrExit(): ServerEnv {
  try {
    return loadServerEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(`\n${error.message}\n\nSee the configuration table in README.md.\n`);
      process.exit(1);
    }
    throw error;
  }
}
