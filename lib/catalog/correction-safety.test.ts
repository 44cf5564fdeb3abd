import { describe, expect, it } from 'vitest';
import { allowedEdits, decideWord, editDistance, type Candidate } from './correction-safety';

const candidate = (term: string, ingredients: string[], similarity = 0.5, aliasOf: string | null = null): Candidate => ({ term, similarity, ingredients, aliasOf });

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('paracetmol', 'paracetamol')).toBe(1);
    expect(editDistance('calpl', 'calpol')).toBe(1);
    expect(editDistance('sitamol', 'salbutamol')).toBeGreaterThan(allowedEdits('sitamol'));
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('decideWord', () => {
  it('corrects a letter-or-two typo to the only close term', () => {
    expect(decideWord('paracetmol', [candidate('paracetamol', ['paracetamol'], 0.7)])).toEqual({ kind: 'correct', term: 'paracetamol', searchWords: ['paracetamol'] });
  });

  it('asks instead of swapping to a far term that names another ingredient', () => {
    const decision = decideWord('sitamol', [candidate('salbutamol', ['salbutamol'], 0.35)]);
    expect(decision).toEqual({ kind: 'ask', choices: [expect.objectContaining({ term: 'salbutamol' })] });
  });

  it('searches a brand alias as its generic', () => {
    const decision = decideWord('sitamoll', [candidate('sitamol', ['paracetamol'], 0.7, 'Paracetamol'), candidate('salbutamol', ['salbutamol'], 0.3)]);
    expect(decision).toEqual({ kind: 'correct', term: 'sitamol', searchWords: ['paracetamol'] });
  });

  it('asks when two close terms point to different ingredients, one choice per ingredient', () => {
    const decision = decideWord('cefalen', [
      candidate('cefalin', ['cefalin'], 0.6),
      candidate('cefalon', ['cefalon'], 0.6),
      candidate('cefalinx', ['cefalin'], 0.5),
    ]);
    expect(decision.kind).toBe('ask');
    expect(decision.kind === 'ask' && decision.choices.map((c) => c.term)).toEqual(['cefalin', 'cefalon']);
  });

  it('corrects silently when the close terms share the ingredient (a brand and its generic)', () => {
    const decision = decideWord('calpl', [candidate('calpol', ['paracetamol'], 0.5), candidate('capol', ['paracetamol'], 0.4)]);
    expect(decision).toMatchObject({ kind: 'correct', term: 'calpol' });
  });

  it('knows nothing of a word with no candidates', () => {
    expect(decideWord('qqqq', [])).toEqual({ kind: 'unknown' });
  });
});
