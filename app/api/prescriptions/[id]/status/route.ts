import { getCurrentUser } from '@/lib/auth/current-user';
import { readingProgress } from '@/lib/prescriptions/reading-progress';
import { prescriptionIdSchema } from '@/lib/prescriptions/validation';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'private, no-store' };

/** Polled by the prescription page while OCR runs; the owner only (anyone else: 404). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'sign in' }, { status: 401, headers: NO_STORE });
  const id = prescriptionIdSchema.safeParse((await params).id);
  const progress = id.success ? await readingProgress(user.id, id.data) : null;
  if (!progress) return Response.json({ error: 'not found' }, { status: 404, headers: NO_STORE });
  return Response.json(progress, { headers: NO_STORE });
}
