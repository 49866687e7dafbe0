import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAnswer, parseNumber } from './answers.ts';
import { question } from './fixtures.ts';

describe('reading typed answers', () => {
  it('reads back any finite number written plainly, with thousands separators, or as a percentage', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }), (n) => {
        const plain = Number(n.toFixed(4)) + 0;
        expect(parseNumber(String(plain))).toBe(plain);
        expect(parseNumber(` ${plain} `)).toBe(plain);
        if (Number.isInteger(plain)) expect(parseNumber(plain.toLocaleString('en-GB'))).toBe(plain);
        expect(parseNumber(`${plain}%`, true)).toBe(plain);
      }),
    );
  });

  it('never turns text into a number, and never throws, whatever is typed', () => {
    const q = question('n', 'number', 'A number', { min: 0, max: 100 });
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseAnswer(q, text);
        if (result.ok && result.value !== undefined) {
          expect(typeof result.value).toBe('number');
          expect(result.value as number).toBeGreaterThanOrEqual(0);
          expect(result.value as number).toBeLessThanOrEqual(100);
          expect(/\d/.test(text)).toBe(true);
        }
        if (!result.ok) expect(result.message).toMatch(/^‘A number’ must be/);
      }),
    );
  });

  it('reads words, units and odd spacing as “must be a number”, and blank as not answered', () => {
    const q = question('n', 'number', 'Plans', { integer: true });
    for (const text of ['about 40', '40 children', 'n/a', '1,23', '4O', '--4', '1e5', 'Infinity']) {
      expect(parseAnswer(q, text), text).toEqual({ ok: false, message: '‘Plans’ must be a number' });
    }
    expect(parseAnswer(q, '   ')).toEqual({ ok: true, value: undefined });
    expect(parseAnswer(q, '4.5')).toEqual({ ok: false, message: '‘Plans’ must be a whole number' });
  });

  it('reads dates from date fields, ISO and UK forms, and refuses impossible ones', () => {
    const q = question('d', 'date', 'Agreed on');
    expect(parseAnswer(q, { day: '31', month: '3', year: '2025' })).toEqual({
      ok: true,
      value: '2025-03-31',
    });
    expect(parseAnswer(q, '31/03/2025')).toEqual({ ok: true, value: '2025-03-31' });
    expect(parseAnswer(q, '2025-3-31')).toEqual({ ok: true, value: '2025-03-31' });
    expect(parseAnswer(q, { day: '31', month: '2', year: '2025' }).ok).toBe(false);
    expect(parseAnswer(q, '2025-02-30').ok).toBe(false);
  });

  it('matches choices whatever their case, and names a choice that is not offered', () => {
    const q = question('c', 'multiple-choice', 'Themes', { options: ['Neglect', 'Online harm'] });
    expect(parseAnswer(q, 'neglect; ONLINE HARM; neglect')).toEqual({
      ok: true,
      value: ['Neglect', 'Online harm'],
    });
    expect(parseAnswer(q, 'Neglect; Gangs')).toEqual({
      ok: false,
      message: '‘Themes’: “Gangs” is not one of the choices (Neglect; Online harm)',
    });
  });
});
