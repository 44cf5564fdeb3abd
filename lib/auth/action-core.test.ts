import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError } from '@/lib/errors';
import { OutOfStockError } from '@/lib/orders/errors';
import { EsewaResponseError } from '@/lib/payments/esewa/errors';
import { ProviderReferenceConflictError } from '@/lib/payments/errors';
import { FileRefusedError } from '@/lib/prescriptions/file-check';
import { CONTROL_CHARACTER_MESSAGE } from '@/lib/security/control-characters';
import { nepaliMobile } from '@/lib/validation/fields';
import { createAction, MESSAGES } from './action-core';
import { RateLimitedError } from './errors';
import type { CurrentUser } from './user-record';

const customer: CurrentUser = { id: 'c', email: 'sita@example.com', name: 'Sita', phone: null, role: 'customer', twoFactorEnabled: false };
const pharmacist: CurrentUser = { ...customer, id: 'p', role: 'pharmacist', twoFactorEnabled: true };
const admin: CurrentUser = { ...customer, id: 'a', role: 'admin', twoFactorEnabled: true };
const as = (user: CurrentUser | null, twoFactorVerified = true) => ({ session: async () => ({ user, twoFactorVerified }), requestId: async () => 'req-test-0001' });
const schema = z.object({ note: z.string().trim().min(1, 'Required').max(10, 'Too long'), password: z.string().optional() });

function spy() {
  const calls: unknown[] = [];
  return { calls, fn: async (input: unknown) => (calls.push(input), { ok: true }) };
}

describe('createAction', () => {
  it('refuses a customer calling a pharmacy or admin action without running it', async () => {
    for (const gate of ['orders.manage', 'users.manage'] as const) {
      const { calls, fn } = spy();
      const action = createAction(gate, schema, as(customer), fn);
      expect(await action({ note: 'hi' })).toEqual({ ok: false, message: MESSAGES.forbidden });
      expect(calls).toHaveLength(0);
    }
  });

  it('asks an anonymous caller to sign in', async () => {
    const { calls, fn } = spy();
    expect(await createAction('user', schema, as(null), fn)({ note: 'hi' })).toEqual({ ok: false, message: MESSAGES.signIn });
    expect(calls).toHaveLength(0);
  });

  it('refuses staff whose session has not passed two-factor', async () => {
    const { calls, fn } = spy();
    const result = await createAction('orders.manage', schema, as(pharmacist, false), fn)({ note: 'hi' });
    expect(result).toEqual({ ok: false, message: MESSAGES.twoFactor });
    expect(calls).toHaveLength(0);
  });

  it('lets an admin manage orders and a pharmacist not manage users', async () => {
    expect((await createAction('orders.manage', schema, as(admin), spy().fn)({ note: 'hi' })).ok).toBe(true);
    expect(await createAction('users.manage', schema, as(pharmacist), spy().fn)({ note: 'hi' })).toEqual({ ok: false, message: MESSAGES.forbidden });
  });

  it('parses FormData as the second argument (useActionState) and returns field errors without echoing passwords', async () => {
    const form = new FormData();
    form.set('note', 'far too long for this');
    form.set('password', 'hunter2-secret');
    form.set('$ACTION_ID_abc', '');
    const result = await createAction('user', schema, as(customer), spy().fn)(undefined, form);
    expect(result.ok).toBe(false);
    expect(result.fieldErrors).toEqual({ note: ['Too long'] });
    expect(result.values).toEqual({ note: 'far too long for this' });
    expect(JSON.stringify(result)).not.toContain('hunter2-secret');
  });

  it('turns a domain error into its safe message and an unexpected error into a generic one', async () => {
    const limited = createAction('public', schema, as(null), async () => {
      throw new RateLimitedError(600);
    });
    expect(await limited({ note: 'x' })).toMatchObject({ ok: false, message: 'Too many attempts. Try again in 10 minutes.' });
    const broken = createAction('public', schema, as(null), async () => {
      throw new Error('relation "users" does not exist');
    });
    expect(await broken({ note: 'x' })).toEqual({ ok: false, message: MESSAGES.unexpected });
  });

  it('maps every typed domain error to its public message, never to the detail meant for the log', async () => {
    const errors = [
      new OutOfStockError([{ productId: 1, productName: 'Cetamol 500', requested: 3, available: 0 }]),
      new ProviderReferenceConflictError('0006TY3'),
      new FileRefusedError('svg'),
      new EsewaResponseError('bad_signature', 'signature=abc123'),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(DomainError);
      const result = await createAction('public', schema, as(null), async () => {
        throw error;
      })({ note: 'x' });
      expect(result).toMatchObject({ ok: false, message: error.publicMessage });
      expect(JSON.stringify(result)).not.toContain('abc123');
    }
    expect(new EsewaResponseError('bad_signature', 'signature=abc123').message).toContain('abc123');
  });

  it('logs an unexpected failure once with the request id and the error, and still answers generically', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    const log = pino({ base: null }, sink);
    const failing = createAction('orders.manage', schema, { ...as(admin), log }, async () => {
      throw new Error('deadlock detected on relation "orders"');
    });
    expect(await failing({ note: 'x' })).toEqual({ ok: false, message: MESSAGES.unexpected });
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, msg: 'server action failed', requestId: 'req-test-0001', gate: 'orders.manage', userId: admin.id, err: { message: 'deadlock detected on relation "orders"' } });

    // Domain errors and refused calls are answers, not failures: nothing is logged.
    await createAction('public', schema, { ...as(null), log }, async () => {
      throw new DomainError('Not today.');
    })({ note: 'x' });
    await createAction('users.manage', schema, { ...as(pharmacist), log }, spy().fn)({ note: 'x' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toHaveLength(1);
  });

  it('refuses NUL and other control characters in any field before the schema or the database sees them', async () => {
    const { calls, fn } = spy();
    const action = createAction('user', schema, as(customer), fn);
    for (const bad of ['a\u0000b', 'x\u001b[2J', '\u007f']) {
      const form = new FormData();
      form.set('note', bad);
      expect(await action(undefined, form)).toEqual({ ok: false, message: MESSAGES.invalid, fieldErrors: { note: [CONTROL_CHARACTER_MESSAGE] } });
    }
    expect(calls).toHaveLength(0);
    // A textarea's line breaks and tabs are ordinary text.
    expect(await action({ note: 'a\r\n\tb' })).toEqual({ ok: true });
  });

  it('answers in the page’s language: lib’s English messages in Nepali, the action’s own words as written', async () => {
    const nepali = (user: CurrentUser | null) => ({ ...as(user), locale: async () => 'ne' as const });
    const phone = z.object({ phone: nepaliMobile });
    expect(await createAction('user', phone, nepali(null), spy().fn)({ phone: '1' })).toEqual({ ok: false, message: 'कृपया साइन इन गर्नुहोस्' });
    expect(await createAction('user', phone, nepali(customer), spy().fn)({ phone: '1' })).toMatchObject({
      ok: false,
      message: 'कृपया चिन्ह लगाइएका फिल्डहरू सच्याउनुहोस्',
      fieldErrors: { phone: ['9841234567 वा +977 9841234567 जस्तो नेपाली मोबाइल नम्बर लेख्नुहोस्'] },
    });
    const limited = createAction('public', schema, nepali(null), async () => {
      throw new RateLimitedError(600);
    });
    expect(await limited({ note: 'x' })).toMatchObject({ ok: false, message: 'धेरै पटक प्रयास भयो। १० मिनेटपछि फेरि प्रयास गर्नुहोस्।' });
    const saved = createAction('user', schema, nepali(customer), async () => ({ ok: true, message: 'विवरण सुरक्षित भयो' }));
    expect(await saved({ note: 'x' })).toEqual({ ok: true, message: 'विवरण सुरक्षित भयो' });
    expect(await createAction('user', phone, { ...as(customer), locale: async () => 'en' as const }, spy().fn)({ phone: '1' })).toMatchObject({ message: MESSAGES.invalid });
  });
});
