import { describe, expect, it } from 'vitest';
import { nlpDoc } from '../../../test/nlp-doc.js';
import { createTimesStage } from './times-stage.js';

const published = '2021-11-18'; // a Thursday

function times(text: string, date = published) {
  const doc = nlpDoc(text, date, [createTimesStage()]);
  return (doc.layers.times ?? []).map((t) => ({
    text: doc.text.slice(t.start, t.end),
    date: t.date,
    granularity: t.granularity,
  }));
}

describe('times stage', () => {
  it('resolves "on Thursday" to the publication day when it is a Thursday', () => {
    expect(times('In a statement issued on Thursday, the bloc insisted.')).toEqual([
      { text: 'Thursday', date: '2021-11-18', granularity: 'day' },
    ]);
  });

  it('resolves a bare weekday to the latest one before publication', () => {
    expect(times('Talks were held on Monday.')[0]).toMatchObject({ date: '2021-11-15', granularity: 'day' });
    expect(times('Troops moved on Wednesday night.')[0]).toMatchObject({
      text: 'Wednesday night',
      date: '2021-11-17',
    });
  });

  it('gives "last week" a week granularity starting on the previous Monday', () => {
    expect(times('Speaking via video-link last week, Putin told Biden.')[0]).toMatchObject({
      text: 'last week',
      date: '2021-11-08',
      granularity: 'week',
    });
  });

  it('resolves "Last month" and "In October" to October 2021 with month granularity', () => {
    expect(times('Last month, Lavrov stressed it.')[0]).toMatchObject({
      date: '2021-10-01',
      granularity: 'month',
    });
    expect(times('In October, Moscow announced it.')[0]).toMatchObject({
      date: '2021-10-01',
      granularity: 'month',
    });
  });

  it('puts a month later in the year than publication in the previous year', () => {
    expect(times('In December, talks collapsed.')[0]).toMatchObject({
      date: '2020-12-01',
      granularity: 'month',
    });
  });

  it('resolves yesterday, N days ago and in 2019', () => {
    expect(times('Yesterday he said so.')[0]).toMatchObject({ date: '2021-11-17', granularity: 'day' });
    expect(times('Two days ago the army left.')[0]).toMatchObject({ date: '2021-11-16', granularity: 'day' });
    expect(times('The deal was signed in 2019.')[0]).toMatchObject({
      text: '2019',
      date: '2019-01-01',
      granularity: 'year',
    });
  });

  it('reads a wire dateline day and month in the publication year', () => {
    expect(times('SALVADOR, Feb 26 - Showers continued.', '1987-02-26')[0]).toMatchObject({
      date: '1987-02-26',
      granularity: 'day',
    });
    expect(times('The accord of March 11, 1985 expired.', '1987-03-12')[0]).toMatchObject({
      date: '1985-03-11',
    });
  });

  it('does not take "May" the name or a year used as an attribute for a date', () => {
    expect(times('Theresa May said the 1994 genocide was a tragedy.')).toEqual([]);
  });

  it('resolves a bare weekday or month the clause puts in the future forward (Reuters)', () => {
    // Published Wednesday 1987-03-04.
    expect(
      times(
        'The Economic Policy Council is scheduled to meet Friday to discuss farm policy.',
        '1987-03-04',
      )[0],
    ).toMatchObject({ text: 'Friday', date: '1987-03-06', granularity: 'day' });
    expect(
      times('Japan and the United States were expected to hold talks on beef in September.', '1987-06-02')[0],
    ).toMatchObject({ date: '1987-09-01', granularity: 'month' });
    expect(
      times('Mulroney said further discussions would be held in June and September.', '1987-03-12'),
    ).toMatchObject([{ date: '1987-06-01' }, { date: '1987-09-01' }]);
    expect(
      times('Sweden gave firms an October deadline to cut trading links.', '1987-03-12')[0],
    ).toMatchObject({ date: '1987-10-01' });
    // A long object between the modal and the month: "would" still puts it ahead.
    expect(
      times(
        "China's commerce ministry said it would impose export controls on rare earth technology starting in December.",
        '2026-11-27',
      )[0],
    ).toMatchObject({ date: '2026-12-01', granularity: 'month' });
    expect(
      times(
        'PARIS, March 22 - The French government said it would sign a contract with <Walt Disney Co> on Tuesday.',
        '1987-03-22',
      ).find((time) => time.text === 'Tuesday'),
    ).toMatchObject({ date: '1987-03-24' });
  });

  it('keeps a bare weekday or month in the past after a past form', () => {
    expect(times('Talks were held on Friday.', '1987-03-04')[0]).toMatchObject({ date: '1987-02-27' });
    expect(
      times('He said he would visit Paris, which he toured in September.', '1987-06-02')[0],
    ).toMatchObject({ date: '1986-09-01' });
    expect(times('The ministers met in September.', '1987-06-02')[0]).toMatchObject({ date: '1986-09-01' });
  });

  it('reads a month, a comma and a year as that month ("June, 1988")', () => {
    expect(times('Thatcher has until June, 1988 to call an election.', '1987-03-12')[0]).toMatchObject({
      text: 'June, 1988',
      date: '1988-06-01',
      granularity: 'month',
    });
  });

  it('reads tomorrow, last night, weekends, mid-month, ordinal days and a weekday before its date', () => {
    // Published Wednesday 1987-03-11.
    const one = (text: string) => times(text, '1987-03-11')[0];
    expect(one('He will visit tomorrow.')).toMatchObject({ date: '1987-03-12', granularity: 'day' });
    expect(one('Iraqi planes struck last night.')).toMatchObject({ text: 'last night', date: '1987-03-10' });
    expect(one('They met over the weekend.')).toMatchObject({
      text: 'the weekend',
      date: '1987-03-02',
      granularity: 'week',
    });
    expect(one('They will meet next weekend.')).toMatchObject({ date: '1987-03-09', granularity: 'week' });
    expect(one('Talks will resume in mid-April.')).toMatchObject({
      date: '1987-04-01',
      granularity: 'month',
    });
    expect(one('They met on March 3rd.')).toMatchObject({ text: 'March 3rd', date: '1987-03-03' });
    expect(one('They met on Sunday, March 1.')).toMatchObject({
      text: 'Sunday, March 1',
      date: '1987-03-01',
      granularity: 'day',
    });
  });

  it('leaves out a wire dateline date far from the publication date (Reuters: "TOKYO, May 18 -" published March 18)', () => {
    expect(times('TOKYO, May 18 - A strong earthquake struck southwest Japan.', '1987-03-18')).toEqual([]);
    expect(
      times('TOKYO, March 19 - A strong earthquake struck southwest Japan.', '1987-03-18'),
    ).toMatchObject([{ text: 'March 19', date: '1987-03-19' }]);
  });

  it('reads the tense of a bare weekday or month past participles and other senses of future words (review)', () => {
    const one = (text: string, date = published) => times(text, date)[0];
    // Published Thursday 2021-11-18.
    expect(one('The results will be announced on Friday.')).toMatchObject({ date: '2021-11-19' });
    expect(one('Inflation rose more than expected in October.')).toMatchObject({ date: '2021-10-01' });
    expect(one('Exports fell due to strikes in October.')).toMatchObject({ date: '2021-10-01' });
    expect(one('He unveiled plans in October to cut taxes.')).toMatchObject({ date: '2021-10-01' });
    // Published Wednesday 2021-11-17: "tomorrow" is ahead, and so is the Friday joined to it.
    expect(times('Talks will continue tomorrow and Friday.', '2021-11-17')).toMatchObject([
      { date: '2021-11-18' },
      { date: '2021-11-19' },
    ]);
    // A number after "October," counts soldiers; it is no year.
    expect(one('In October, 2000 soldiers were deployed.')).toMatchObject({
      text: 'October',
      date: '2021-10-01',
    });
  });

  it('reads a timetable verb in the present as the future, but not a noun or a verb of figures (Reuters)', () => {
    const one = (text: string, date: string) => times(text, date)[0];
    // Published Sunday 1987-03-22 and Monday 1987-04-13.
    expect(
      one('King Fahd of Saudi Arabia begins a four-day state visit on Tuesday.', '1987-03-22'),
    ).toMatchObject({
      date: '1987-03-24',
    });
    expect(
      one('Economy Minister Youssri Mustapha, who leaves for Moscow on Tuesday, met Mubarak.', '1987-03-15'),
    ).toMatchObject({ date: '1987-03-17' });
    expect(one('The Bundesbank council meets on Thursday.', '1987-06-02')).toMatchObject({
      date: '1987-06-04',
    });
    expect(
      one('The present pact, which expires in October, required ratification.', '1987-03-18'),
    ).toMatchObject({
      date: '1987-10-01',
    });
    expect(one('The ministers are meeting on Friday.', '1987-03-18')).toMatchObject({ date: '1987-03-20' });
    // "housing starts" is a noun, and "fell" stands between a verb and the month.
    expect(one('Housing starts in February were down 1.2 pct.', '1987-03-17')).toMatchObject({
      date: '1987-02-01',
    });
    expect(one('U.S. HOUSING STARTS ROSE 2.6 PCT IN FEBRUARY', '1987-03-17')).toMatchObject({
      date: '1987-02-01',
    });
    expect(one('Housing starts fell 2.7 pct in May.', '1987-06-19')).toMatchObject({ date: '1987-05-01' });
    // A verb before "to", and a month naming a period of figures, keep the past.
    expect(
      one('The country begins to feel the effects of the December devaluation.', '1987-04-27'),
    ).toMatchObject({
      date: '1986-12-01',
    });
    const calendar = times(
      "This week's economic calendar begins on Tuesday with February durable goods orders.",
      '1987-03-22',
    );
    expect(calendar.slice(1)).toMatchObject([{ date: '1987-03-24' }, { date: '1987-02-01' }]);
  });

  it('puts a weekend in the right week whatever the day of publication (review)', () => {
    // Published Sunday 2021-11-21: this weekend is under way, last weekend is the one before.
    expect(times('They will meet this weekend.', '2021-11-21')[0]).toMatchObject({ date: '2021-11-15' });
    expect(times('They met last weekend.', '2021-11-21')[0]).toMatchObject({ date: '2021-11-08' });
    // Published Thursday 2021-11-18: "this weekend" is the coming one, "over the weekend" the one past.
    expect(times('Iran and Iraq hold talks this weekend.')[0]).toMatchObject({ date: '2021-11-15' });
    expect(times('They met over the weekend.')[0]).toMatchObject({ date: '2021-11-08' });
    // Published Monday 2021-11-22: "rallies this weekend" were the day before.
    expect(times('Farmers staged rallies this weekend.', '2021-11-22')[0]).toMatchObject({
      date: '2021-11-15',
    });
  });

  it('reads a bare month more than half a year back as the coming one, unless a past form says otherwise (round-32 review of Reuters)', () => {
    const one = (text: string, date: string) => times(text, date)[0];
    expect(one('Nakasone hopes to meet President Reagan in late April.', '1987-03-19')).toMatchObject({
      date: '1987-04-01',
      granularity: 'month',
    });
    expect(one('OPEC may need to hold a meeting in September.', '1987-06-19')).toMatchObject({
      date: '1987-09-01',
    });
    expect(one('The board postponed a decision on the reforms until June.', '1987-03-23')).toMatchObject({
      date: '1987-06-01',
    });
    expect(one('Yeutter has promised to consider again in July a complaint.', '1987-04-21')).toMatchObject({
      date: '1987-07-01',
    });
    expect(one('In May, the ministers are also likely to discuss it.', '1987-04-13')).toMatchObject({
      date: '1987-05-01',
    });
    // A past form, "since" or a month up to six back keeps the past one.
    expect(one('The ministers met in September.', '1987-06-02')).toMatchObject({ date: '1986-09-01' });
    expect(one('In December, talks collapsed.', '2021-11-18')).toMatchObject({ date: '2020-12-01' });
    expect(one('Prices have risen since June.', '1987-03-19')).toMatchObject({ date: '1986-06-01' });
    expect(one('At its last meeting in December, OPEC agreed.', '1987-06-18')).toMatchObject({
      date: '1986-12-01',
    });
  });

  it('reads a day after "last" and a month name as that day ("last March 27") (round-32 review of Reuters)', () => {
    expect(times('Reagan announced last March 27 he would impose the tariffs.', '1987-04-17')[0]).toEqual({
      text: 'last March 27',
      date: '1987-03-27',
      granularity: 'day',
    });
    expect(
      times('They went to the FBI with their allegations last January 15.', '1987-04-17')[0],
    ).toMatchObject({
      date: '1987-01-15',
      granularity: 'day',
    });
    expect(times('The index reached 68.72 in the week ended last March 5.', '1987-03-15')[0]).toMatchObject({
      date: '1987-03-05',
    });
    expect(times('VAT comes in next January 1.', '1987-03-24')[0]).toMatchObject({ date: '1988-01-01' });
    expect(times('Prices rose last March.', '1987-04-17')[0]).toMatchObject({
      date: '1987-03-01',
      granularity: 'month',
    });
  });

  it('reads a weekday that opens its clause by the verb after it (round-32 review of Reuters)', () => {
    // Published Thursday 1987-04-02 and Wednesday 1987-04-01.
    expect(times('"On Tuesday I shall be going to Washington," Lawson said.', '1987-04-02')[0]).toMatchObject(
      {
        date: '1987-04-07',
      },
    );
    expect(
      times(
        'The spokesman said that on Thursday and Friday Deputy U.S. Trade Representative Michael Smith would meet Kuroda.',
        '1987-04-01',
      ),
    ).toMatchObject([{ date: '1987-04-02' }, { date: '1987-04-03' }]);
    // The first verb decides: Friday's saying is past.
    expect(times('On Friday, Taft said it would negotiate.', '1987-03-30')[0]).toMatchObject({
      date: '1987-03-27',
    });
  });

  it('reads a day and month more than half a year back as the coming one, unless a past form says otherwise (round-37 review of Reuters)', () => {
    const one = (text: string, date: string) => times(text, date)[0];
    expect(
      one(
        'Diplomats said this was expected when EC environment ministers meet next on May 21.',
        '1987-03-20',
      ),
    ).toEqual({
      text: 'May 21',
      date: '1987-05-21',
      granularity: 'day',
    });
    expect(one('The agreement expires on June 30.', '1987-03-24')).toMatchObject({ date: '1987-06-30' });
    expect(one('He expected OPEC to raise prices when it meets on December 9.', '1987-06-29')).toMatchObject({
      date: '1987-12-09',
    });
    expect(one('The talks will resume on 21 May.', '1987-03-20')).toMatchObject({ date: '1987-05-21' });
    // A past form keeps last year's day; a day up to six months back stays in the past.
    expect(one('The ministers met on May 21.', '1987-03-20')).toMatchObject({ date: '1986-05-21' });
    expect(one('The bank cut its rate on December 9.', '1987-04-20')).toMatchObject({ date: '1986-12-09' });
    expect(one('China signed the protocol on May 31.', '1987-06-02')).toMatchObject({ date: '1987-05-31' });
    // "last year" after the day names its year.
    expect(
      one('Between July 1 last year and January 31, Britain bought 274,665 tonnes.', '1987-03-04'),
    ).toEqual({
      text: 'July 1 last year',
      date: '1986-07-01',
      granularity: 'day',
    });
  });

  it('dates a part of a year by its year: "in early 1985", "at the start of 1986", "at end-1986" (round-37 review of Reuters)', () => {
    const one = (text: string) => times(text, '1987-04-08')[0];
    expect(one('Jordan asked banks in early 1985 to comply.')).toEqual({
      text: 'early 1985',
      date: '1985-01-01',
      granularity: 'year',
    });
    expect(one('The government had asked Siemens at the start of 1986 to submit an offer.')).toMatchObject({
      text: 'the start of 1986',
      date: '1986-01-01',
      granularity: 'year',
    });
    expect(one('Growth slowed during the early months of 1987.')).toMatchObject({ date: '1987-01-01' });
    expect(one('We can reach agreement in calendar 1988.')).toMatchObject({ date: '1988-01-01' });
    expect(one('Disbursements at end-1986 amounted to 1.1 billion dlrs.')).toMatchObject({
      text: 'end-1986',
      date: '1986-01-01',
    });
    // A deadline bounds a period, and a fiscal year straddles two: neither dates the act.
    expect(times('Japan must end the quotas by the end of 1988.', '1987-04-08')).toEqual([]);
    expect(times('Output rose in fiscal 1986.', '1987-04-08')).toEqual([]);
  });
});
