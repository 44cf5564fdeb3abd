import Link from 'next/link';

export default function HomePage() {
  return (
    <section className="rounded-lg bg-white p-6">
      <h1 className="text-2xl font-bold">Medicines delivered across Nepal</h1>
      <p className="mt-2 text-slate-600">Search genuine medicines, upload your prescription, pay with eSewa or cash on delivery.</p>
      <Link href="/products" className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        Browse medicines
      </Link>
    </section>
  );
}
