import { z } from 'zod';

export const sessionIdSchema = z.object({ id: z.uuid({ error: 'Unknown device' }) });
export const signOutEverywhereSchema = z.object({ scope: z.enum(['others', 'all']) });
