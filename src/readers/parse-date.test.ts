import { describe, expect, it } from 'vitest';
import { parseDate } from './parse-date.js';

describe('parseDate', () => {
  it('reads YYYYMMDD, ISO dates and ISO date-times as the calendar date written', () => {
    expect(parseDate('20211118')).toEqual({ ok: true, date: '2021-11-18' });
    expect(parseDate('2021-11-18')).toEqual({ ok: true, date: '2021-11-18' });
    expect(parseDate('2021-11-18T23:30:00Z')).toEqual({ ok: true, date: '2021-11-18' });
    expect(parseDate('2021-11-18T23:30:00.123-05:00')).toEqual({ ok: true, date: '2021-11-18' });
    expect(parseDate('2021-11-18 08:15')).toEqual({ ok: true, date: '2021-11-18' });
    expect(parseDate('20240229')).toEqual({ ok: true, date: '2024-02-29' });
    expect(parseDate('20000229')).toEqual({ ok: true, date: '2000-02-29' });
  });

  it('refuses a month that does not exist', () => {
    expect(parseDate('20211341')).toEqual({
      ok: false,
      message: expect.stringMatching(/month 13 does not exist/),
    });
  });

  it('refuses February 29 outside leap years, saying why', () => {
    expect(parseDate('20210229')).toEqual({
      ok: false,
      message: expect.stringMatching(/2021 is not a leap year/),
    });
    expect(parseDate('19000229').ok).toBe(false);
  });

  it('refuses a day past the end of its month', () => {
    expect(parseDate('2021-11-31')).toEqual({
      ok: false,
      message: expect.stringMatching(/November has 30 days/),
    });
  });

  it('refuses times and offsets that do not exist, and text that is no date', () => {
    expect(parseDate('2021-11-18T25:00:00Z').ok).toBe(false);
    expect(parseDate('2021-11-18T10:00+24:00').ok).toBe(false);
    expect(parseDate('18/11/2021').ok).toBe(false);
    expect(parseDate('2021118').ok).toBe(false);
    expect(parseDate('').ok).toBe(false);
  });
});
