import 'server-only';
import { khaltiConfig } from './config';
import type { OnlineMethod } from './providers/types';

/** The online methods checkout offers now: eSewa always; Khalti when configured (or its sandbox). */
export function availableOnlineMethods(): OnlineMethod[] {
  return khaltiConfig().enabled ? ['esewa', 'khalti'] : ['esewa'];
}
