import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { addDays, nepalToday } from '@/lib/nepal-time';
import { createUser } from '@/test-support/factories/users';
import { PatientLimitError, PatientNotFoundError, SelfPatientRemovalError } from './errors';
import { createPatient, ensureSelfPatient, getPatient, listPatients, MAX_PATIENTS, removePatient, resolvePatientId, updatePatient } from './patients';
import { patientSchema } from './validation';

const mother = (extra: Record<string, string> = {}) =>
  patientSchema.parse({ name: 'Sita Sharma', relationship: 'parent', ageYears: '68', sex: 'female', allergies: 'Penicillin', conditions: 'Diabetes', ...extra });

describe('patients', () => {
  it('makes "self" from the account name once, and lists it first', async () => {
    const user = await createUser({ name: 'Hari Prasad' });
    const [a, b] = await Promise.all([ensureSelfPatient(db, user.id), ensureSelfPatient(db, user.id)]);
    expect(a.id).toBe(b.id);
    expect(a).toMatchObject({ relationship: 'self', name: 'Hari Prasad', age: null });
    const added = await createPatient(db, user.id, mother());
    expect(added).toMatchObject({ relationship: 'parent', age: 'about 68 years', allergies: 'Penicillin', birthDateEstimated: true });
    expect((await listPatients(db, user.id)).map((p) => p.relationship)).toEqual(['self', 'parent']);
  });

  it('keeps "self" self on edit and refuses to remove it', async () => {
    const user = await createUser();
    const self = await ensureSelfPatient(db, user.id);
    const saved = await updatePatient(db, user.id, self.id, patientSchema.parse({ name: 'New Name', relationship: 'child', birthDate: '1990-04-15', sex: 'male' }));
    expect(saved).toMatchObject({ relationship: 'self', name: 'New Name', birthDate: '1990-04-15', birthDateEstimated: false });
    await expect(removePatient(db, user.id, self.id)).rejects.toThrow(SelfPatientRemovalError);
  });

  it('archives a removed patient: gone from the account, still there for records', async () => {
    const user = await createUser();
    const added = await createPatient(db, user.id, mother());
    await removePatient(db, user.id, added.id);
    expect((await listPatients(db, user.id)).map((p) => p.id)).not.toContain(added.id);
    expect(await getPatient(db, user.id, added.id)).toBeNull();
    await expect(resolvePatientId(db, user.id, added.id)).rejects.toThrow(PatientNotFoundError);
  });

  it("never lets one account read, change, remove or attach another account's patient", async () => {
    const owner = await createUser();
    const intruder = await createUser();
    const theirs = await createPatient(db, owner.id, mother());
    expect(await getPatient(db, intruder.id, theirs.id)).toBeNull();
    await expect(updatePatient(db, intruder.id, theirs.id, mother({ name: 'Stolen' }))).rejects.toThrow(PatientNotFoundError);
    await expect(removePatient(db, intruder.id, theirs.id)).rejects.toThrow(PatientNotFoundError);
    await expect(resolvePatientId(db, intruder.id, theirs.id)).rejects.toThrow(PatientNotFoundError);
    await expect(resolvePatientId(db, intruder.id, 'not-a-uuid')).rejects.toThrow(PatientNotFoundError);
    expect((await listPatients(db, intruder.id)).map((p) => p.id)).not.toContain(theirs.id);
    expect((await getPatient(db, owner.id, theirs.id))?.name).toBe('Sita Sharma');
    // No patient given: the intruder's own "self".
    expect(await resolvePatientId(db, intruder.id, null)).toBe((await ensureSelfPatient(db, intruder.id)).id);
  });

  it(`keeps at most ${MAX_PATIENTS} patients per account`, async () => {
    const user = await createUser();
    for (let i = 1; i < MAX_PATIENTS; i++) await createPatient(db, user.id, mother({ name: `Child ${i}`, relationship: 'child', ageYears: '5' }));
    await expect(createPatient(db, user.id, mother())).rejects.toThrow(PatientLimitError);
  });
});

describe('patient form', () => {
  const base = { name: 'Maya', relationship: 'child', sex: 'female' };
  const errors = (input: Record<string, string>) => {
    const result = patientSchema.safeParse(input);
    return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('needs a date of birth or an age, and refuses a birth date in the future', () => {
    expect(errors(base)).toHaveProperty('birthDate');
    expect(errors({ ...base, birthDate: addDays(nepalToday(), 1) })).toHaveProperty('birthDate');
    expect(errors({ ...base, birthDate: '2026-02-30' })).toHaveProperty('birthDate');
    expect(patientSchema.parse({ ...base, birthDate: '2020-01-01', ageYears: '40' })).toMatchObject({ birthDate: '2020-01-01', birthDateEstimated: false });
  });

  it('refuses oversized text, markup, control characters, unknown choices and "self"', () => {
    expect(errors({ ...base, ageYears: '4', allergies: 'x'.repeat(501) })).toHaveProperty('allergies');
    expect(errors({ ...base, ageYears: '4', conditions: '<script>' })).toHaveProperty('conditions');
    expect(errors({ ...base, ageYears: '4', name: 'Ma\u0000ya' })).toHaveProperty('name');
    expect(errors({ ...base, ageYears: '4', allergies: 'dust\u001b[2J' })).toHaveProperty('allergies');
    expect(errors({ ...base, ageYears: '4', sex: 'x' })).toHaveProperty('sex');
    expect(errors({ ...base, ageYears: '4', relationship: 'self' })).toHaveProperty('relationship');
    expect(errors({ ...base, ageYears: '400' })).toHaveProperty('ageYears');
    expect(errors({ ...base, ageYears: '2.5' })).toHaveProperty('ageYears');
    expect(patientSchema.parse({ ...base, ageYears: '4', allergies: 'penicillin,\nsulfa' }).allergies).toBe('penicillin,\nsulfa');
  });
});
