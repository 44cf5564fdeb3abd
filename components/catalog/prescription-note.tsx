import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

/** How buying prescription medicine works here, in the words a shopper needs before checkout. */
export function PrescriptionNote({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const t = useTranslations('catalog.rxNote');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="rx-note-heading" className="rounded-lg border border-rose-200 bg-rose-50 p-4 text-sm text-rose-950">
      <Heading id="rx-note-heading" className="text-base font-semibold">{t('title')}</Heading>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        <li>{t.rich('addToCart', { strong })}</li>
        <li>{t('upload')}</li>
        <li>{t('check')}</li>
      </ol>
      <p className="mt-2">
        {t.rich('otc', { strong })} <Link href="/prescriptions" className="underline">{t('yourPrescriptions')}</Link>
      </p>
    </section>
  );
}
