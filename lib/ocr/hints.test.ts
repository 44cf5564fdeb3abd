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

  it('reads a year of 2060 or later as Bikram Sambat, in figures, month names or Devanagari digits', () => {
    // 16 Mangsir 2081 BS was 1 December 2024; 1 Baisakh 2083 was 14 April 2026 (Nepal's published calendar).
    expect(extractDate('Date: 2081/08/16')).toEqual({ iso: '2024-12-01', raw: '2081/08/16', calendar: 'BS' });
    expect(extractDate('16/08/2081')?.iso).toBe('2024-12-01');
    expect(extractDate('16-08-81')).toMatchObject({ iso: '2024-12-01', calendar: 'BS' });
    expect(extractDate('1 Baishakh 2083')).toMatchObject({ iso: '2026-04-14', calendar: 'BS' });
    expect(extractDate('16 Mangsir, 2081')?.iso).toBe('2024-12-01');
    expect(extractDate('मिति: २०८१/०८/१६')).toEqual({ iso: '2024-12-01', raw: '२०८१/०८/१६', calendar: 'BS' });
    expect(extractDate('20/11/2026')).toMatchObject({ iso: '2026-11-20', calendar: 'AD' });
  });

  it('refuses BS dates that do not exist and month names from the other calendar', () => {
    expect(extractDate('2081/08/32')?.iso).toBeNull(); // Mangsir 2081 has 29 days.
    expect(extractDate('2081/13/01')?.iso).toBeNull();
    expect(extractDate('3 March 2081')?.iso).toBeNull();
    expect(extractDate('3 Mangsir 2024')?.iso).toBeNull();
    expect(extractHints('Date: 2081/08/16\nRx').dateCalendar).toBe('BS');
  });

  it('keeps only the words of a medicine line worth looking up', () => {
    expect(medicineWords('1. Tab. Paracetamol 500 mg 1-1-1 x 5 days')).toEqual(['paracetamol']);
  });
});
