import { describe, expect, it } from 'vitest';
import { extractDate, extractHints, medicineWords } from './hints';

const sample = `City Clinic, Kathmandu
Dr. Sita Sharma MBBS
NMC No. 12345
Patient Name: Ram Bahadur Thapa  Age: 42
Date: 20/11/2026
Rx
1. Tab. Paracetamol 500 mg  1-1-1 x 5 days
2. Cap. Amoxicillin 500mg 1-0-1`;

describe('extractHints', () => {
  it('reads the NMC number, doctor, patient and a day-first date', () => {
    const hints = extractHints(sample);
    expect(hints.nmcNumber).toBe('12345');
    expect(hints.nmcText).toBe('NMC No. 12345');
    expect(hints.doctorName).toBe('Dr. Sita Sharma MBBS');
    expect(hints.patientName).toBe('Ram Bahadur Thapa');
    expect(hints.date).toBe('2026-11-20');
    expect(hints.medicineLines).toEqual(['1. Tab. Paracetamol 500 mg  1-1-1 x 5 days', '2. Cap. Amoxicillin 500mg 1-0-1']);
  });

  it('understands the dotted registration form and OCR letter-for-digit mistakes', () => {
    expect(extractHints('N.M.C. Reg. No: 1234').nmcNumber).toBe('1234');
    expect(extractHints('NMC Regd. No - 56O7').nmcNumber).toBe('5607');
    expect(extractHints('no registration here').nmcNumber).toBeNull();
  });

  it('reads ISO and month-name dates and refuses impossible ones', () => {
    expect(extractDate('2026-11-02')?.iso).toBe('2026-11-02');
    expect(extractDate('on 3rd March 2026')?.iso).toBe('2026-03-03');
    expect(extractDate('31/02/2026')?.iso).toBeNull();
  });

  it('keeps only the words of a medicine line worth looking up', () => {
    expect(medicineWords('1. Tab. Paracetamol 500 mg 1-1-1 x 5 days')).toEqual(['paracetamol']);
  });
});
