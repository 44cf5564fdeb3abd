import { describe, expect, it } from 'vitest';
import { parsePackCount, savingFor } from './pack-size';

describe('savingFor', () => {
  it('compares per pack when the packs are the same', () => {
    expect(savingFor({ pricePaisa: 22_00, packSize: '10 tablets' }, { pricePaisa: 10_00, packSize: '10 tablets' })).toEqual({ savingPaisa: 12_00, perUnit: false });
  });

  it('compares the same number of tablets when pack sizes differ', () => {
    // 15 tablets for Rs. 22 against 10 for Rs. 10: 15 of the alternative cost Rs. 15, saving Rs. 7.
    expect(savingFor({ pricePaisa: 22_00, packSize: '15 tablets' }, { pricePaisa: 10_00, packSize: '10 tablets' })).toEqual({ savingPaisa: 7_00, perUnit: true });
  });

  it('shows no saving when the cheaper pack is dearer per tablet', () => {
    expect(savingFor({ pricePaisa: 30_00, packSize: '30 tablets' }, { pricePaisa: 20_00, packSize: '10 tablets' }).savingPaisa).toBe(0);
  });

  it('falls back to the pack price for packs it cannot compare', () => {
    expect(savingFor({ pricePaisa: 50_00, packSize: '60 ml' }, { pricePaisa: 30_00, packSize: '1 kit' })).toEqual({ savingPaisa: 20_00, perUnit: false });
    expect(parsePackCount('Pack of strips')).toBeNull();
    expect(parsePackCount('1 tablet')).toEqual({ count: 1, unit: 'tablet' });
  });
});
