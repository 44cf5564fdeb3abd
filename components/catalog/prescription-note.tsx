import Link from 'next/link';

/** How buying prescription medicine works here, in the words a shopper needs before checkout. */
export function PrescriptionNote({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="rx-note-heading" className="rounded-lg border border-rose-200 bg-rose-50 p-4 text-sm text-rose-950">
      <Heading id="rx-note-heading" className="text-base font-semibold">How prescription medicines work</Heading>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        <li>Medicines marked <strong>Prescription needed</strong> can be added to your cart like any other.</li>
        <li>At checkout, upload a clear photo or PDF of a valid prescription from a registered doctor (NMC number visible).</li>
        <li>A licensed pharmacist checks it before anything is packed. If it cannot be approved, the order is cancelled and any eSewa payment is refunded.</li>
      </ol>
      <p className="mt-2">
        Medicines marked <strong>No prescription needed</strong> ship without one. <Link href="/prescriptions" className="underline">Your prescriptions</Link>
      </p>
    </section>
  );
}
