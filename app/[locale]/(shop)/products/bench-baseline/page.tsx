import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { findProductNameById } from '@/lib/catalog/baseline';
import { env } from '@/lib/env';

/**
 * The benchmark's yardstick (scripts/bench/catalog.ts): one uncached primary-key query rendered
 * through the same layout, so the catalog pages can be compared against the cheapest possible page.
 * It shows only public catalog data, and answers 404 unless the server was started with BENCH_BASELINE=1.
 */
export const metadata: Metadata = { title: 'Benchmark baseline', robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BaselinePage({ searchParams }: Props) {
  if (!env.BENCH_BASELINE) notFound();
  const id = z.coerce.number().int().min(1).max(2_147_483_647).safeParse((await searchParams).id);
  const product = id.success ? await findProductNameById(id.data) : null;
  if (!product) notFound();
  return (
    <p>
      {product.id}: {product.brandName}
    </p>
  );
}
