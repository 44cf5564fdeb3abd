'use client';

import { RequestReference } from '@/components/request-reference';

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: 24 }}>
        <h1>MediNest is having trouble</h1>
        <p>Please try again in a moment.</p>
        <RequestReference digest={error.digest} />
      </body>
    </html>
  );
}
