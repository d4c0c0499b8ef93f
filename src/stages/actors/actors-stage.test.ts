import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../../test/nlp-doc.js';

const code = (pairs: (string | undefined)[][], text: string) =>
  pairs.find(([surface]) => surface === text)?.[1];

describe('actors stage', () => {
  it('codes a head of state, a minister and a spokeswoman with their offices', () => {
    const { pairs } = mentionsOf([
      'Russian President Vladimir Putin spoke to Joe Biden.',
      'Russian Foreign Ministry Spokeswoman Maria Zakharova and Sergey Lavrov agreed.',
    ]);
    expect(code(pairs, 'Russian President Vladimir Putin')).toBe('RUSGOV');
    expect(code(pairs, 'Joe Biden')).toBe('USAGOV');
    expect(code(pairs, 'Russian Foreign Ministry Spokeswoman Maria Zakharova')).toBe('RUSGOV');
    expect(code(pairs, 'Sergey Lavrov')).toBe('RUSGOV');
  });

  it('reads a region or country adjective before "Affairs" as a portfolio, not the minister\'s country', () => {
    // Reuters, 1987: Turkey's "European Affairs Minister Ali Bozer" was coded EURGOV.
    const { pairs } = mentionsOf(['European Affairs Minister Ali Bozer met EC officials.'], '1987-04-14');
    expect(pairs.filter(([surface]) => surface?.includes('Bozer')).map(([, found]) => found)).toEqual([
      '---GOV',
    ]);
    const turkish = mentionsOf(
      ["Turkey's European Affairs Minister Ali Bozer met EC officials."],
      '1987-04-14',
    );
    expect(code(turkish.pairs, "Turkey's European Affairs Minister Ali Bozer")).toBe('TURGOV');
  });

  it('codes the bare surname of a titled person the dictionary does not know as the title coded them', () => {
    // Modern-news probe: "Petro" after "Colombia's President Gustavo Petro".
    const { pairs } = mentionsOf(
      [
        "Colombia's President Gustavo Petro accused the United States of murder.",
        "Washington revoked Petro's visa. Petro said he would not back down.",
      ],
      '2025-09-27',
    );
    expect(pairs.filter(([surface]) => surface === 'Petro').map(([, code]) => code)).toEqual([
      'COLGOV',
      'COLGOV',
    ]);
    // Reuters, 1987: "U.S. Agriculture Secretary Richard Lyng … Lyng said".
    const lyng = mentionsOf(
      [
        'U.S. Agriculture Secretary Richard Lyng arrived in Tokyo.',
        'Lyng said Japan should open its rice market.',
      ],
      '1987-04-14',
    );
    expect(code(lyng.pairs, 'Lyng')).toBe('USAGOVAGR');
    // A surname that is also another person's in the dictionary (Katsunobu Kato, Japan's finance minister from
    // 2024), who is not named in the article, is still the titled person's.
    const kato = mentionsOf(
      [
        'Japanese Agriculture Minister Mutsuki Kato met Lyng.',
        'Lyng said he was disappointed Kato rejected the request.',
      ],
      '1987-04-14',
    );
    expect(code(kato.pairs, 'Kato')).toBe('JPNGOVAGR');
    // No country in the title, or another given name before the surname: nobody the title named.
    const bare = mentionsOf(
      ['Agriculture Minister Mutsuki Kato met them.', 'Kato said so. Nicolas Petro and Gustavo Petro met.'],
      '1987-04-14',
    );
    expect(code(bare.pairs, 'Kato')).toBeUndefined();
  });

  it("keeps a country before a portfolio the dictionary does not list as the minister's (Reuters, 1987)", () => {
    const { pairs } = mentionsOf(
      [
        'Bangladesh Commerce Minister M.A. Munim told officials from 30 Asian countries.',
        "Thailand's Commerce Ministry announced a new tapioca export quota.",
        'Greek Industry Undersecretary George Petsos was in Moscow.',
      ],
      '1987-03-09',
    );
    expect(code(pairs, 'Bangladesh Commerce Minister M.A. Munim')).toBe('BGDGOV');
    expect(code(pairs, "Thailand's Commerce Ministry")).toBe('THAGOV');
    expect(code(pairs, 'Greek Industry Undersecretary George Petsos')).toBe('GRCGOV');
    // A company's name is no portfolio: the spokesman of Kuwait Petroleum Corp is not Kuwait's government.
    expect(
      code(mentionsOf('A Kuwait Petroleum Corp spokesman said output rose.', '1987-03-09').pairs, 'Kuwait'),
    ).not.toBe('KWTGOV');
  });

  it('codes US and British secretaries and departments as the government (Reuters, 1987)', () => {
    const { pairs } = mentionsOf(
      [
        'U.S. Trade Representative Clayton Yeutter said the United States will retaliate.',
        'British Trade and Industry Secretary Paul Channon said Japan must heed a report.',
        'The U.S. Agriculture Department said Turkey has been made eligible for the sale of rice.',
        'A U.S. Commerce Department spokesman said the agency would have no comment.',
        "Britain's Department of Trade and Industry is investigating the takeover.",
      ],
      '1987-04-03',
    );
    expect(code(pairs, 'U.S. Trade Representative Clayton Yeutter')).toBe('USAGOV');
    expect(code(pairs, 'British Trade and Industry Secretary Paul Channon')).toBe('GBRGOV');
    expect(code(pairs, 'U.S. Agriculture Department')).toBe('USAGOVAGR');
    expect(code(pairs, 'U.S. Commerce Department spokesman')).toBe('USAGOV');
    expect(code(pairs, "Britain's Department of Trade and Industry")).toBe('GBRGOV');
    // Reuters 1987: the Treasury is a finance ministry; its bills and notes are paper, no actor.
    const treasury = mentionsOf(
      [
        'The U.S. Treasury said it was willing to participate in a bridge loan.',
        'The Italian Treasury said it would offer 3,500 billion lire of bills.',
        'U.S. Treasury bills rose and Treasury notes fell.',
      ],
      '1987-03-05',
    ).pairs;
    expect(code(treasury, 'U.S. Treasury')).toBe('USAGOV');
    expect(code(treasury, 'Italian Treasury')).toBe('ITAGOV');
    expect(treasury).toHaveLength(2);
    // A bare secretary is a company's or a party's as much as a government's.
    expect(
      code(mentionsOf('The company secretary said the board met.').pairs, 'company secretary'),
    ).toBeUndefined();
  });

  it("keeps a commercial bank's name apart from the central bank named at its end (Reuters, 1987)", () => {
    const { pairs } = mentionsOf(
      [
        'Industrial Bank of Japan Ltd senior economist Susumu Taketomi agreed.',
        'Union Bank of Finland said profits rose.',
        'The central state owned Bank of Greece said a consortium of Japanese banks will lend it 20 billion yen.',
        'The Bank of Japan intervened, and Export-Import Bank of Japan president Takashi Tanaka told Brazil the bank will continue to cooperate.',
      ],
      '1987-04-03',
    );
    // The Bank of Japan once (the fourth sentence), the Bank of Finland never.
    expect(pairs.filter(([surface]) => surface === 'Bank of Japan')).toHaveLength(1);
    expect(pairs.filter(([surface]) => surface === 'Bank of Finland')).toEqual([]);

    expect(code(pairs, 'Bank of Greece')).toBe('GRCGOVBUS');
    expect(code(pairs, 'Bank of Japan')).toBe('JPNGOVBUS');
    expect(code(pairs, 'Export-Import Bank of Japan president Takashi Tanaka')).toBe('JPNGOVBUS');
  });

  it('codes a country named before "Stock Exchange", "Telecom" or "Air Lines" as a firm (Reuters, 1987)', () => {
    const { pairs } = mentionsOf(
      [
        'The Hong Kong Stock Exchange is considering new rules.',
        'Hong Kong Telecom said profits rose.',
        'A court order required Western Air Lines to arbitrate.',
      ],
      '1987-04-03',
    );
    expect(code(pairs, 'Hong Kong Stock Exchange')).toBe('HKGBUS');
    expect(code(pairs, 'Hong Kong Telecom')).toBe('HKGBUS');
    expect(pairs.filter(([, actor]) => actor === 'HKG' || actor === 'WST')).toEqual([]);
  });

  it('reads "opposition to" and an owned opposition as a stance, "the opposition" as people (Reuters, 1987)', () => {
    // Reuters 6719, 11545 and 19377.
    const { pairs } = mentionsOf(
      [
        'U.S. government officials expressed opposition to the transaction.',
        'President Reagan has reaffirmed his opposition to protectionism.',
        "The nations backed the Reagan Administration's opposition to many of the sections.",
        'The opposition walked out of parliament.',
      ],
      '1987-03-31',
    );
    expect(pairs.filter(([surface]) => /opposition/i.test(surface ?? ''))).toEqual([
      ['opposition', '---OPP'],
    ]);
  });

  it('codes Marlin Fitzwater, the White House spokesman, as the US government (Reuters, 1987)', () => {
    // Reuters 11545.
    const { pairs } = mentionsOf(
      [
        'White House spokesman Marlin Fitzwater spoke.',
        'Fitzwater said the president was forced to act in the Japanese microchip case.',
      ],
      '1987-03-31',
    );
    expect(code(pairs, 'Fitzwater')).toBe('USAGOV');
  });

  it('reads Miguel de la Madrid as the Mexican president, not the Spanish capital (Reuters, 1987)', () => {
    // Reuters 9715.
    const { pairs } = mentionsOf(
      [
        'Garcia and Mexican President Miguel de la Madrid issued a joint declaration yesterday.',
        'De la Madrid and Garcia also signed agreements, while de la Madrid spoke in Madrid.',
      ],
      '1987-03-26',
    );
    expect(code(pairs, 'Mexican President Miguel de la Madrid')).toBe('MEXGOV');
    expect(pairs.filter(([surface]) => surface === 'de la Madrid').map(([, found]) => found)).toEqual([
      'MEXGOV',
    ]);
  });

  it('codes a person as of the article date, on both sides of a change of office', () => {
    expect(code(mentionsOf('Joe Biden spoke.', '2021-01-19').pairs, 'Joe Biden')).toBe('USA');
    expect(code(mentionsOf('Joe Biden spoke.', '2021-01-20').pairs, 'Joe Biden')).toBe('USAGOV');
    expect(code(mentionsOf('Donald Trump spoke.', '2022-06-01').pairs, 'Donald Trump')).toBe('USAELI');
    expect(code(mentionsOf('Donald Trump spoke.', '2025-01-20').pairs, 'Donald Trump')).toBe('USAGOV');
    expect(code(mentionsOf('Olaf Scholz spoke.', '2021-12-08').pairs, 'Olaf Scholz')).toBe('DEUGOV');
    expect(code(mentionsOf('Olaf Scholz spoke.', '2025-05-07').pairs, 'Olaf Scholz')).toBe('DEU');
  });

  it('matches a bare surname once the full name is in the article, in any paragraph order', () => {
    const { pairs } = mentionsOf(
      ['According to Kallas, talks failed.', 'Kaja Kallas, the EU foreign policy chief, spoke.'],
      '2025-03-01',
    );
    expect(code(pairs, 'Kallas')).toBeDefined();
    expect(mentionsOf('Kallas said nothing.', '2025-03-01').pairs).toEqual([]);
  });

  it('reads capitals and seats of power as the government speaking', () => {
    const { pairs } = mentionsOf(
      'Moscow said the Kremlin and Washington disagreed, and Beijing and Kiev stayed silent.',
    );
    expect(code(pairs, 'Moscow')).toBe('RUSGOV');
    expect(code(pairs, 'Kremlin')).toBe('RUSGOV');
    expect(code(pairs, 'Washington')).toBe('USAGOV');
    expect(code(pairs, 'Beijing')).toBe('CHNGOV');
    expect(code(pairs, 'Kiev')).toBe('UKRGOV');
    expect(code(mentionsOf('Kyiv replied.').pairs, 'Kyiv')).toBe('UKRGOV');
  });

  it('tells demonyms, adjectives with roles and country names apart', () => {
    const { pairs } = mentionsOf(
      'Russians and Ukrainians watched as Russian troops left Russia for Ukraine.',
    );
    expect(code(pairs, 'Russians')).toBe('RUS');
    expect(code(pairs, 'Ukrainians')).toBe('UKR');
    expect(code(pairs, 'Russian troops')).toBe('RUSMIL');
    expect(code(pairs, 'Russia')).toBe('RUS');
    expect(code(pairs, 'Ukraine')).toBe('UKR');
  });

  it('combines a possessive country with a role noun, and a region with a role', () => {
    const { pairs } = mentionsOf(
      "Ukraine's intelligence service and a number of Western leaders issued warnings.",
    );
    expect(code(pairs, "Ukraine's intelligence service")).toBe('UKRSPY');
    expect(code(pairs, 'Western leaders')).toBe('WSTGOV');
  });

  it('resolves the bloc, the alliance and the 30-member organisation to NATO when NATO is named', () => {
    const { mentions, doc } = mentionsOf([
      'The bloc said it would respond.',
      'NATO met in Brussels.',
      'The notice comes amid tensions between Moscow and the 30-member organisation.',
    ]);
    const nato = mentions
      .filter((mention) => mention.knownGroup === 'NAT')
      .map((mention) => doc.text.slice(mention.start, mention.end));
    expect(nato).toEqual(['bloc', 'NATO', '30-member organisation']);
    expect(mentionsOf('The bloc said it would respond.').pairs).toEqual([]);
  });

  it('keeps the US-led bloc as NATO and does not make the US its actor', () => {
    const { pairs } = mentionsOf('NATO spoke. The US-led bloc insisted on talks.');
    expect(code(pairs, 'US-led bloc')).toBe('IGOWSTNAT');
    expect(pairs.some(([, value]) => value === 'USA')).toBe(false);
  });

  it('does not take pro-Russia rebels for Russian ones', () => {
    const { pairs } = mentionsOf('Pro-Russia rebels fired missiles.');
    expect(pairs).toEqual([['rebels', '---REB']]);
  });

  it('resolves "he" and "she" to the nearest person, as a guess with a diagnostic', () => {
    const { mentions, doc } = mentionsOf('Maria Zakharova spoke on Monday. She said Moscow would respond.');
    const she = mentions.find((mention) => doc.text.slice(mention.start, mention.end) === 'She');
    expect(she).toMatchObject({ code: 'RUSGOV', via: 'pronoun', guess: true });
  });

  it('leaves names that are common words alone outside a political context', () => {
    expect(mentionsOf('Chad Smith carved the turkey and served it on fine china.').pairs).toEqual([]);
    expect(mentionsOf('Michael Jordan scored forty points.').pairs).toEqual([]);
    const { pairs } = mentionsOf('Turkey and Jordan signed a trade deal with Chad.');
    expect(pairs).toEqual([
      ['Turkey', 'TUR'],
      ['Jordan', 'JOR'],
      ['Chad', 'TCD'],
    ]);
  });

  it('codes an office holder named by role and surname ("President Bush") by the date', () => {
    expect(code(mentionsOf('President Bush met Putin.', '2008-08-04').pairs, 'President Bush')).toBe(
      'USAGOV',
    );
  });

  it('codes a known person by the title the text gives them when the dictionary has no office that day (Reuters, 1987)', () => {
    const { pairs } = mentionsOf(
      [
        'Japanese Finance Minister Kiichi Miyazawa said the yen had risen too far.',
        'Solidarity leader Lech Walesa said the talks had failed.',
        'EC Commission President Jacques Delors called for a swift meeting.',
        'Miyazawa once again said he and Baker agree on the need for stable exchange rates.',
      ],
      '1987-04-03',
    );
    expect(code(pairs, 'Japanese Finance Minister Kiichi Miyazawa')).toBe('JPNGOV');
    // The bare surname later in the article keeps the office its title gave.
    expect(code(pairs, 'Miyazawa')).toBe('JPNGOV');
    // An office the dictionary does list that day keeps its code: Delors is the Commission's, not France's.
    expect(code(pairs, 'President Jacques Delors')).toBe('IGOEUREEC');
    // A leader heads no office of the state: Walesa led a union.
    expect(code(pairs, 'leader Lech Walesa')).toBe('POL');
  });

  it('resolves a title and a surname to the bearer who holds that kind of office on the date', () => {
    const entry = (text: string, date: string): string | undefined =>
      mentionsOf(text, date).mentions[0]?.entry;
    // Hillary Clinton was a senator in 2008, but "President Clinton" is Bill Clinton, out of office that day.
    expect(entry('President Clinton met Gordon Brown.', '2008-08-06')).toBe('person:bill-clinton');
    expect(entry('Senator Clinton met Gordon Brown.', '2008-08-06')).toBe('person:hillary-clinton');
    expect(entry('President Clinton met John Major.', '1996-08-06')).toBe('person:bill-clinton');
    expect(entry('President Bush met John Major.', '1990-08-06')).toBe('person:george-h-w-bush');
    // Unchanged: both Bushes held the office before 2012, and no Clinton was ever a senator in 1996.
    expect(entry('President Bush met David Cameron.', '2012-08-06')).toBe('role:president');
    expect(entry('Senator Clinton met John Major.', '1996-08-06')).toBe('role:lawmaker');
  });

  it('resolves "the <region> state" to a country of the region the article names, else to no actor', () => {
    const { pairs } = mentionsOf(
      'Qatar agreed to expel the leaders of Egypt’s Muslim Brotherhood under a deal forced on the wealthy Gulf state by Saudi Arabia.',
    );
    expect(pairs).toContainEqual(['wealthy Gulf state', 'QAT']);
    // The country named most before it, not the neighbour named last.
    expect(
      mentionsOf([
        'Serbia said it would never recognise Kosovo.',
        'The Balkan state also expelled the Croatian ambassador.',
      ]).pairs,
    ).toContainEqual(['Balkan state', 'SRB']);
    // No country of the region named: no actor, not the region.
    expect(mentionsOf('France condemned the Caribbean nation on Monday.').pairs).toEqual([['France', 'FRA']]);
    // Unchanged: a region of several states stays the region.
    expect(mentionsOf('Italy and the Balkan states signed a pact.').pairs).toContainEqual([
      'Balkan states',
      'BLK',
    ]);
  });

  it('codes international organisations with their known group', () => {
    const { mentions } = mentionsOf('The European Union, the United Nations and UN troops acted.');
    expect(mentions.map((mention) => [mention.code, mention.knownGroup])).toEqual([
      ['IGOEUREEC', 'EEC'],
      ['IGOUNO', 'UNO'],
      ['IGOUNOMIL', 'UNO'],
    ]);
  });

  it('codes GATT under the singular "Tariff" some 1987 wires write, not "General" as a military rank (Reuters)', () => {
    // Reuters 3284 and 16794.
    const { pairs } = mentionsOf(
      'Japan would file a complaint with the General Agreement on Tariff and Trade.',
      '1987-04-23',
    );
    expect(pairs).toContainEqual(['General Agreement on Tariff and Trade', 'IGOBUSWTO']);
    expect(pairs.filter(([, code]) => code?.includes('MIL'))).toEqual([]);
  });

  it('reads no actor in a wire dateline, but does in the sentence after it and in a capital that opens a clause', () => {
    const { pairs } = mentionsOf([
      'WASHINGTON, March 31 - The Kansas City Board of Trade has asked for approval.',
      'TAUPO, New Zealand, March 23 - Japan has assured a meeting of trade ministers.',
      'MOSCOW (Reuters) - Washington said it would respond.',
    ]);
    expect(pairs).toEqual([
      ['Japan', 'JPN'],
      ['trade ministers', '---GOV'],
      ['Washington', 'USAGOV'],
    ]);
    expect(mentionsOf('WASHINGTON said the talks would go on.').pairs).toEqual([['WASHINGTON', 'USAGOV']]);
  });

  it('does not take a capital or country name modifying a common noun for an actor', () => {
    const { pairs } = mentionsOf(
      'The Paris pact, the 1976 Berne Agreement and the February 22 Paris accord held. A French franc loan ' +
        'was signed. The Iran arms initiative ' +
        'failed, and the U.S. crushing industry complained about the U.S. trade deficit.',
    );
    expect(pairs).toEqual([]);
  });

  it('does not take a country name after "New" for the country (Reuters, 1987)', () => {
    const { pairs } = mentionsOf(
      [
        'The company filed a formal rate case with New Mexico regulators.',
        'Mexico and New Zealand signed a trade pact.',
      ],
      '1987-03-11',
    );
    expect(pairs.filter(([surface]) => surface !== 'company')).toEqual([
      ['Mexico', 'MEX'],
      ['New Zealand', 'NZL'],
    ]);
  });

  it('keeps a name right before what an actor puts forward as its author (Reuters 7471, 1715)', () => {
    const { pairs } = mentionsOf(
      'The Soviets rejected the U.S. offer. Gaviria blamed an inflexible U.S. position, and the US plan ' +
        'trade deal failed.',
    );
    expect(pairs).toEqual([
      ['Soviets', 'SUN'],
      ['U.S.', 'USA'],
      ['U.S.', 'USA'],
    ]);
  });

  it('reads an association as a business body, and the International Development Association as the World Bank', () => {
    expect(mentionsOf("South Korea's trade promotion association said so.").pairs).toEqual([
      ["South Korea's trade promotion association", 'KORBUS'],
    ]);
    // Before a noun it modifies it: "an association agreement with the European Union" (PETRARCH2 GSR-GOLD_3).
    expect(mentionsOf('Ukraine endorsed an association agreement with the European Union.').pairs).toEqual([
      ['Ukraine', 'UKR'],
      ['European Union', 'IGOEUREEC'],
    ]);
    expect(mentionsOf('Japan made a pledge to the International Development Association.').pairs).toEqual([
      ['Japan', 'JPN'],
      ['International Development Association', 'IGOUNODEVWBK'],
    ]);
  });

  it('keeps countries before roles, institutions and acts of force, and names that open a clause', () => {
    const { pairs } = mentionsOf(
      'The Israel tank shelling went on. Russian troops, a Kremlin spokesman, Syrian state media and UN ' +
        'troops watched the U.S. trade officials, as Kyiv appeals for weapons.',
    );
    expect(pairs).toEqual([
      ['Israel', 'ISR'],
      ['Russian troops', 'RUSMIL'],
      ['Kremlin spokesman', 'RUSGOV'],
      ['Syrian state media', 'SYRGOVMED'],
      ['UN troops', 'IGOUNOMIL'],
      ['U.S. trade officials', 'USAGOV'],
      ['Kyiv', 'UKRGOV'],
    ]);
  });

  it('keeps a country across a hyphenated compound, an industry -ing word or an acronym before a role (Reuters)', () => {
    const { pairs } = mentionsOf(
      'Tokyo asked Japanese chip-makers to cut output. Uruguayan grain exporting firms asked Taiwan. ' +
        'Saudi Arabia sold gas to Japanese LPG buyers. Iranian oil-producing companies agreed.',
      '1987-03-31',
    );
    expect(code(pairs, 'Japanese chip-makers')).toBe('JPNBUS');
    expect(code(pairs, 'Uruguayan grain exporting firms')).toBe('URYBUS');
    expect(code(pairs, 'Japanese LPG buyers')).toBe('JPNBUS');
    expect(code(pairs, 'Iranian oil-producing companies')).toBe('IRNBUS');
    // A clause, not a compound: the country targets the civilians.
    expect(mentionsOf('Russia targeting civilians is a crime.').pairs).toEqual([
      ['Russia', 'RUS'],
      ['civilians', '---CVL'],
    ]);
  });

  it("codes the North Korean Central News Agency as North Korean media, not as Taiwan's Central News Agency (Reuters)", () => {
    const { pairs } = mentionsOf(
      'The state-run North Korean Central News Agency said Pyongyang agreed.',
      '1987-03-31',
    );
    expect(code(pairs, 'North Korean Central News Agency')).toBe('PRKMED');
  });

  it('lets "he" refer to a banker or an executive, and codes a central banker as the state\'s bank (Reuters)', () => {
    const { pairs } = mentionsOf(
      'After a meeting with Brazilian Finance Minister Dilson Funaro, the Canadian banker said he suggested a ' +
        'conversion. Brazilian Central Banker Francisco Gros met bankers.',
      '1987-03-13',
    );
    expect(code(pairs, 'he')).toBe('CANBUS');
    expect(code(pairs, 'Brazilian Central Banker Francisco Gros')).toBe('BRAGOVBUS');
  });

  it('reads a count opening a sentence after a dateline as no company name before "of" (Reuters)', () => {
    const { pairs } = mentionsOf(
      'SARAGOSSA, March 2 - Thousands of Spanish farmers battled police in this northeastern city.',
      '1987-03-02',
    );
    expect(code(pairs, 'Spanish farmers')).toBe('ESPAGR');
    // A company's name before "of" still hides the country: "L.M. Ericsson of Sweden".
    expect(
      code(mentionsOf('Electrolux of Sweden said sales rose.', '1987-03-02').pairs, 'Sweden'),
    ).toBeUndefined();
  });

  it('codes the Chancellor of the Exchequer of the day, in 1987 wires and now (Reuters)', () => {
    const old = mentionsOf(
      'Chancellor of the Exchequer Nigel Lawson said sterling was stable. Lawson met Baker.',
      '1987-04-02',
    );
    expect(code(old.pairs, 'Nigel Lawson')).toBe('GBRGOV');
    expect(code(old.pairs, 'Lawson')).toBe('GBRGOV');
    expect(
      code(mentionsOf('Rachel Reeves said borrowing would fall.', '2025-11-05').pairs, 'Rachel Reeves'),
    ).toBe('GBRGOV');
  });

  it('codes Moscow, the Kremlin and Russia as the Soviet Union before it was dissolved', () => {
    const text = 'Moscow said the Kremlin, Russian troops and Soviet officials would not leave Russia.';
    expect(mentionsOf(text, '1987-03-31').pairs).toEqual([
      ['Moscow', 'SUNGOV'],
      ['Kremlin', 'SUNGOV'],
      ['Russian troops', 'SUNMIL'],
      ['Soviet officials', 'SUNGOV'],
      ['Russia', 'SUN'],
    ]);
    expect(mentionsOf(text, '1991-12-26').pairs.map(([, value]) => value)).toEqual([
      'RUSGOV',
      'RUSGOV',
      'RUSMIL',
      'SUNGOV',
      'RUS',
    ]);
    expect(code(mentionsOf('Prague protested.', '1987-03-31').pairs, 'Prague')).toBe('CSKGOV');
    // Reuters 1987: Belgrade was Yugoslavia's capital; after 1991 it is Serbia's.
    expect(code(mentionsOf('Belgrade protested.', '1987-03-31').pairs, 'Belgrade')).toBe('YUGGOV');
    expect(code(mentionsOf('Belgrade protested.', '1999-03-31').pairs, 'Belgrade')).toBe('SRBGOV');
    expect(code(mentionsOf('Mikhail Gorbachev spoke.', '1987-03-31').pairs, 'Mikhail Gorbachev')).toBe(
      'SUNGOV',
    );
  });

  it('reads a family name that comes first (Lee Jae-myung, Wang Yi) as the bare surname after the full name', () => {
    const { pairs } = mentionsOf(
      ['President Lee Jae-myung met Foreign Minister Wang Yi.', 'Lee urged Wang to help.'],
      '2025-11-01',
    );
    expect(pairs).toContainEqual(['Lee', 'KORGOV']);
    expect(pairs).toContainEqual(['Wang', 'CHNGOV']);
    // The given name's last part is no surname.
    expect(
      code(mentionsOf(['Lee Jae-myung spoke.', 'Jae-myung left.'], '2025-11-01').pairs, 'Jae-myung'),
    ).toBe(undefined);
  });

  it("reads a bare surname after its own country's possessive as the person ('Canada's Carney')", () => {
    expect(mentionsOf("Canada's Carney apologised to Trump.", '2025-10-27').pairs).toContainEqual([
      "Canada's Carney",
      'CANGOV',
    ]);
    expect(mentionsOf("Argentina's Milei signed the deal.", '2025-10-27').pairs).toEqual([
      ["Argentina's Milei", 'ARGGOV'],
    ]);
    // Another country's possessive does not make the surname anyone's.
    expect(mentionsOf("Mexico's Carney said.", '2025-10-27').pairs).toEqual([['Mexico', 'MEX']]);
  });

  it("reads a country's adjective before Ocean or Sea as the water's name, not the state", () => {
    expect(mentionsOf('France aided its former Indian Ocean colony.').pairs).toEqual([['France', 'FRA']]);
    expect(mentionsOf('Chinese warplanes flew over the Philippine Sea.').pairs).toEqual([
      ['Chinese warplanes', 'CHNMIL'],
    ]);
    expect(mentionsOf('Indian troops crossed the border.').pairs).toEqual([['Indian troops', 'INDMIL']]);
  });

  it('codes a group that came to govern as the government from the day it took power', () => {
    const text = 'The Taliban said Taliban officials had met HTS.';
    // Before the fall of Kabul (2021-08-15) and of Damascus (2024-12-08): insurgents.
    expect(mentionsOf(text, '2020-02-29').pairs).toEqual([
      ['Taliban', 'AFGREBTAL'],
      ['Taliban officials', 'AFGREBTALGOV'],
      ['HTS', 'SYRREB'],
    ]);
    // After: the government, with the Taliban's known group kept, and no second GOV for "officials".
    const after = mentionsOf(text, '2025-10-12');
    expect(after.pairs).toEqual([
      ['Taliban', 'AFGGOVTAL'],
      ['Taliban officials', 'AFGGOVTAL'],
      ['HTS', 'SYRGOV'],
    ]);
    expect(after.mentions[0]).toMatchObject({ country: 'AFG', knownGroup: 'TAL', roles: ['GOV'] });
    expect(code(mentionsOf('The Taliban seized Kabul.', '2021-08-14').pairs, 'Taliban')).toBe('AFGREBTAL');
    expect(code(mentionsOf('The Taliban seized Kabul.', '2021-08-15').pairs, 'Taliban')).toBe('AFGGOVTAL');
  });

  it('reads a one-word group name after a given name as a surname', () => {
    // The surname is no group; the association he chairs is a business body.
    expect(mentionsOf('Ulrich Wagner, chairman of the association, spoke.').pairs).toEqual([
      ['association', '---BUS'],
    ]);
    const { pairs } = mentionsOf(
      'Wagner fighters and Lebanese Hezbollah attacked, and on Sunday Hamas said so.',
    );
    expect(pairs.map(([surface]) => surface)).toEqual(['Wagner fighters', 'Lebanese Hezbollah', 'Hamas']);
  });

  it('does not resolve a title before someone else with a famous surname to the famous person', () => {
    const { pairs } = mentionsOf(
      "Portugal's central bank governor Mario Branco Peres spoke. Foreign Minister Peres replied.",
      '1987-03-31',
    );
    expect(pairs).toEqual([
      ["Portugal's central bank governor Mario Branco Peres", 'PRTGOVBUS'],
      ['Foreign Minister Peres', 'ISRGOV'],
    ]);
    expect(
      mentionsOf('Mario Branco Peres spoke to Brazil. Peres said sales rose.', '1987-03-31').pairs,
    ).toEqual([['Brazil', 'BRA']]);
    expect(
      code(mentionsOf('Shimon Peres met Mario Branco Peres. Peres said.', '1987-03-31').pairs, 'Peres'),
    ).toBe('ISRGOV');
  });

  it('does not code a country inside a company name', () => {
    const { pairs } = mentionsOf([
      'Gregg River Co of Canada and Royal Bank of Canada agreed, and American Express Co said so.',
      'British Printing and Communication Corp bid. British Printing later withdrew, British officials said.',
    ]);
    // "Royal Bank of Canada" ends in the central bank's name; the capitalised word before it makes it a firm's.
    expect(pairs).toEqual([['British officials', 'GBRGOV']]);
    const central = mentionsOf('The Bank of Canada said Canada would act.').pairs;
    expect(code(central, 'Bank of Canada')).toBe('CANGOVBUS');
    expect(code(central, 'Canada')).toBe('CAN');
    // Reuters 1987: a country's name ending a firm's name after a capitalised word that is no actor.
    const firms = mentionsOf(
      [
        'Gelco Corp earlier said Air Canada agreed to buy its unit for 54 mln dlrs.',
        'Texaco Canada set up a business development team, and Merrill Lynch Canada was considering it.',
        'Britain and Canada agreed, and in March Canada said so.',
        'He hopes to refute U.S. Charges Japan has violated a pact, and Non-OPEC Egypt has pledged to restrain output.',
      ],
      '1987-04-07',
    ).pairs;
    expect(firms.map(([surface]) => surface)).toEqual([
      'Britain',
      'Canada',
      'Canada',
      'U.S.',
      'Japan',
      'Egypt',
    ]);
    // A name before the country and a part of a company after it.
    const unit = mentionsOf(
      "RJR Nabisco Inc's RJ Reynolds Tobacco USA unit said it agreed, U.S. officials said.",
    ).pairs;
    expect(unit.map(([surface]) => surface)).toEqual(['U.S. officials']);
  });

  it('reads a capitalised name without a suffix before "of" and a country as a company of that country', () => {
    const { pairs } = mentionsOf([
      'NEW YORK, April 13 - L.M. Ericsson of Sweden said it agreed to buy the rest of its unit.',
      'Electrolux of Sweden bid too.',
    ]);
    expect(pairs).toEqual([]);
    // State bodies, offices and titles before "of" stay the country's.
    const kept = mentionsOf([
      'The Foreign Minister of Sweden said no.',
      'The Bank of Canada raised rates.',
      'The Republic of Korea protested.',
      'King Hussein of Jordan arrived, and the Government of Iraq objected.',
    ]).pairs;
    expect(code(kept, 'Sweden')).toBe('SWE');
    expect(code(kept, 'Bank of Canada')).toBe('CANGOVBUS');
    expect(code(kept, 'Republic of Korea')).toBe('KOR');
    expect(code(kept, 'Iraq')).toBe('IRQ');
    expect(code(kept, 'King Hussein of Jordan')).toBe('JOR');
  });

  it('reads a one-word group name joined by "and" to a surname-like word as a firm', () => {
    const firm = mentionsOf(
      'Last fall, AFG and Wagner and Brown offered to acquire Lear Siegler.',
      '2023-03-18',
    );
    expect(firm.pairs).toEqual([]);
    expect(mentionsOf('Brown & Wagner said it would bid.', '2023-03-18').pairs).toEqual([]);
    // With another actor, or alone, the group stays.
    const group = mentionsOf(
      'Wagner and Hamas fighters attacked. Wagner said it would withdraw.',
      '2023-03-18',
    );
    expect(code(group.pairs, 'Wagner')).toBe('RUSUAF');
  });

  it('does not name an organisation in text dated before it existed', () => {
    const text = 'The deadline for seeking ICC reconsideration of the merger plan is midnight.';
    expect(mentionsOf(text, '1987-03-05').pairs).toEqual([]);
    expect(mentionsOf(text, '2015-03-05').pairs).toEqual([['ICC', 'IGOJUDICC']]);
    expect(mentionsOf('Wagner fighters attacked.', '1987-03-05').pairs).toEqual([['fighters', '---UAF']]);
    // A state body too: the FSB was founded in 1995; in 1987 "FSB" is a Federal Savings Bank.
    const bank = 'First Federal Bank FSB said it agreed to merge.';
    expect(code(mentionsOf(bank, '1987-03-20').pairs, 'FSB')).toBeUndefined();
    expect(code(mentionsOf('The FSB arrested a journalist.', '2023-03-30').pairs, 'FSB')).toBe('RUSSPY');
  });

  it('codes bankers and industrialists as business, not as their country', () => {
    const { pairs } = mentionsOf(
      'Japanese bankers and West German industrialists met in Tokyo.',
      '1987-04-03',
    );
    expect(code(pairs, 'Japanese bankers')).toBe('JPNBUS');
    expect(code(pairs, 'West German industrialists')).toBe('DEUBUS');
    // Reuters 1987: "executive" before a noun names a body's part, not a business executive.
    const bodies = mentionsOf(
      ['The EC Executive Commission has backed a plan.', 'The company chief executive said so.'],
      '1987-03-04',
    ).pairs;
    expect(bodies).toEqual([
      ['EC', 'IGOEUREEC'],
      ['company chief executive', '---BUS'],
    ]);
  });

  it("codes a country's market operators, noteholders and growers as its firms and farmers (Reuters, 1987)", () => {
    const { pairs } = mentionsOf(
      [
        'French operators have requested licences to export 40,000 tonnes of barley.',
        'Six Swiss noteholders initiated legal action against Dome.',
        'French corn growers will challenge U.S. corn gluten feed shipments.',
        'Industry Minister Alain Madelin met the Finance Minister.',
      ],
      '1987-04-03',
    );
    expect(code(pairs, 'French operators')).toBe('FRABUS');
    expect(code(pairs, 'Swiss noteholders')).toBe('CHEBUS');
    expect(code(pairs, 'French corn growers')).toBe('FRAAGR');
    // "Industry" is no firm: an industry minister is the government's.
    expect(code(pairs, 'Minister Alain Madelin')).toBe('---GOV');
  });

  it('reads no actor in a security named after its issuer ("U.K. Government bonds")', () => {
    expect(mentionsOf('They sold U.K. Government bonds and Japanese equities.').pairs).toEqual([]);
    // A verb after the name is no security: "the U.S. shares Japan's concern".
    expect(code(mentionsOf('The U.S. shares Japan’s concern.').pairs, 'U.S.')).toBe('USA');
  });

  it('reads a country between a name and a company suffix as part of a company', () => {
    expect(
      code(mentionsOf('Texaco Canada Inc said its operations are unaffected.').pairs, 'Canada'),
    ).toBeUndefined();
    // With no name before it, "Japan Inc" is the country's business world.
    expect(code(mentionsOf('Japan Inc is worried.').pairs, 'Japan')).toBe('JPN');
  });

  it('reads no actor in a digest dateline without a date', () => {
    const { pairs } = mentionsOf([
      'BUENOS AIRES - Pope John Paul told politicians they should defend human rights.',
      "FREETOWN, Sierra Leone - Sierra Leone's army detained the plotters.",
      'BAHRAIN - Iran reported a new offensive.',
    ]);
    expect(code(pairs, 'BUENOS AIRES')).toBeUndefined();
    expect(code(pairs, 'FREETOWN')).toBeUndefined();
    expect(code(pairs, "Sierra Leone's army")).toBe('SLEMIL');
    expect(code(pairs, 'Iran')).toBe('IRN');
    // A capital opening a sentence without a dash still speaks for the government.
    expect(mentionsOf('CAIRO said the talks would go on.').pairs).toEqual([['CAIRO', 'EGYGOV']]);
  });

  it('reads a capitalised role word that opens a company name as part of the company', () => {
    // Reuters 1512.
    const { pairs } = mentionsOf([
      'NEW YORK, March 4 - Marine Midland Banks Inc said it has acquired the customer account base of New York discount brokerage firm Ovest Financial Services Inc.',
      'Marine Midland said the deal was small.',
    ]);
    expect(pairs.filter(([, actor]) => actor?.endsWith('MIL'))).toEqual([]);
    // A role word before a name with no company suffix is still the role.
    expect(code(mentionsOf('U.S. Marines landed in Beirut.').pairs, 'U.S. Marines')).toBe('USAMIL');
  });
  it("codes a leader's name before the word for a government as that country's government", () => {
    // Reuters 12178: "The Reagan administration" is the U.S. government, not a government of no country.
    const { pairs } = mentionsOf(
      'The Reagan administration has warned France and Germany that it may retaliate if control of the company is awarded on political grounds.',
      '1987-04-01',
    );
    expect(code(pairs, 'Reagan administration')).toBe('USAGOV');
    // "Authority" after a leader's name is a power given, not a government.
    const power = mentionsOf(
      'Congress wants to give President Reagan authority to block foreign takeovers of U.S. companies.',
      '1987-04-01',
    ).pairs;
    expect(
      power.filter(([, actor]) => actor === 'USAGOV' || actor === '---GOV').map(([text]) => text),
    ).not.toContain('President Reagan authority');
  });
  it("codes a country's trade association as that country's business, not its state", () => {
    // Reuters: the leaders of a farm lobby are no U.S. government.
    const { pairs } = mentionsOf(
      "Leaders of the American Soybean Association and the National Soybean Processors Association offered specific loan options to USDA Secretary Lyng in last week's meeting.",
      '1987-04-02',
    );
    expect(code(pairs, 'American Soybean Association')).toBe('USABUS');
    expect(pairs.filter(([, actor]) => actor === 'USAGOV').map(([text]) => text)).not.toContain('Leaders');
  });
  it('reads a region before a noun that names none of its states as a modifier, not an actor (Reuters, 1987)', () => {
    const actors = (text: string) => mentionsOf(text, '1987-03-20').pairs.map(([, actor]) => actor);
    // Markets, products, problems and bodies named after a region are nobody's acts.
    expect(
      actors(
        'DAT players have been kept off Western markets and some countries are considering banning them.',
      ),
    ).toEqual([]);
    expect(actors('Last December the European Patent Office rejected the patent.')).toEqual([]);
    expect(
      actors(
        'Gulf States Utilities Co said it asked the Public Utility Commission of Texas to remove a condition.',
      ),
    ).not.toContain('PGS');
    expect(
      actors('Another senior banker who deals with the Latin American debt problem also doubted it.'),
    ).not.toContain('LAM');
    // Unchanged: its states, peoples, roles and stances.
    expect(
      actors('Delegates from all 43 Asian member countries of the G-77 are expected to attend.'),
    ).toContain('ASA');
    expect(actors('Latin American coffee producers will meet this weekend.')).toContain('LAM');
    expect(
      actors(
        'The Kuwaiti response came as Iranian envoys toured Gulf Arab states saying it was a regional matter.',
      ),
    ).toContain('PGS');
    expect(
      actors('Top U.S. and European farm trade and government representatives called for a reform.'),
    ).toContain('EUR');
    expect(
      actors('The board postponed a decision in view of strong Latin American opposition to U.S. proposals.'),
    ).toContain('LAM');
    expect(actors('A number of Western leaders issued warnings.')).toEqual(['WSTGOV']);
  });
  it("codes the African National Congress as South Africa's banned movement, not a congress of the dateline country", () => {
    const { pairs } = mentionsOf(
      'OTTAWA, March 23 - Prime Minister Brian Mulroney has agreed to meet African National Congress president Oliver Tambo in Ottawa.',
      '1987-03-23',
    );
    expect(pairs.map(([, actor]) => actor)).not.toContain('CANLEGGOV');
    expect(code(pairs, 'African National Congress president Oliver Tambo')).toBe('ZAFOPPGOV');
    expect(code(mentionsOf('Pretoria has raided alleged ANC bases.', '1987-03-23').pairs, 'ANC')).toBe(
      'ZAFOPP',
    );
  });
  it('reads Iran in "the Iran-contra scandal" as part of the scandal\'s name, not an actor (Reuters, 1987)', () => {
    const { pairs } = mentionsOf(
      'He was being questioned by the congressional Iran-contra panel about testimony he gave.',
      '1987-06-02',
    );
    expect(pairs.map(([, actor]) => actor)).not.toContain('IRN');
    // Unchanged: Iran and Iraq at war.
    expect(code(mentionsOf('The Iran-Iraq war went on.', '1987-06-02').pairs, 'Iran')).toBe('IRN');
  });
  it("codes Japan's trade ministry, MITI, as Japan's government (Reuters, 1987)", () => {
    const { pairs } = mentionsOf(
      "Yesterday, Tamura's Ministry of International Trade and Industry (MITI) launched a last-ditch attempt to salvage the pact.",
      '1987-04-01',
    );
    expect(code(pairs, 'Ministry of International Trade and Industry')).toBe('JPNGOV');
    expect(code(pairs, 'MITI')).toBe('JPNGOV');
    expect(
      code(mentionsOf('MITI officials said the talks would go on.', '1987-04-01').pairs, 'MITI officials'),
    ).toBe('JPNGOV');
  });
  it("codes a counterpart as the other country's holder of the same office, never the possessor's country", () => {
    const defence = mentionsOf(
      'Chinese Defence Minister Dong Jun told his U.S. counterpart that Beijing would defend its sovereignty.',
      '2026-11-27',
    );
    expect(code(defence.pairs, 'U.S. counterpart')).toBe('USAGOVMIL');
    const lawmakers = mentionsOf(
      'Lawmakers from Ontario asked their U.S. counterparts to exempt Canada from the retaliation provisions.',
      '1987-04-07',
    );
    expect(code(lawmakers.pairs, 'U.S. counterparts')).toBe('USALEG');
    // Named with no country: another country's official, not the possessor's.
    const bare = mentionsOf(
      'Prime Minister Keir Starmer spoke with his counterpart on Tuesday.',
      '2025-11-05',
    );
    expect(code(bare.pairs, 'counterpart')).toBe('---GOV');
    // A counterpart the dictionary knows keeps their own code.
    const named = mentionsOf('Lavrov held talks with his Turkish counterpart Hakan Fidan.', '2025-11-05');
    expect(code(named.pairs, 'Turkish counterpart Hakan Fidan')).toBe('TURGOV');
  });
});

describe('actors stage: round-41 review', () => {
  it("codes another state's body of a listed name as that state's, by its name before the body", () => {
    // Modern-news probe: the Joint Chiefs of Staff are listed as the US body (USAMIL).
    const korea = mentionsOf(
      "South Korea's Joint Chiefs of Staff said North Korea fired a ballistic missile into the sea.",
      '2026-11-27',
    );
    expect(code(korea.pairs, "South Korea's Joint Chiefs of Staff")).toBe('KORMIL');
    const adjective = mentionsOf('The Pakistani Joint Chiefs of Staff met on Friday.', '2026-11-27');
    expect(code(adjective.pairs, 'Pakistani Joint Chiefs of Staff')).toBe('PAKMIL');
    // Unchanged: the listed body's own country, and the body named alone.
    expect(
      code(
        mentionsOf('The U.S. Joint Chiefs of Staff said.', '2026-11-27').pairs,
        'U.S. Joint Chiefs of Staff',
      ),
    ).toBe('USAMIL');
    expect(
      code(mentionsOf('The Joint Chiefs of Staff said.', '2026-11-27').pairs, 'Joint Chiefs of Staff'),
    ).toBe('USAMIL');
    expect(code(mentionsOf("Russia's Gazprom cut supplies.", '2026-11-27').pairs, "Russia's Gazprom")).toBe(
      'RUSBUS',
    );
  });
  it("codes a country's trade before a firm's role or a trade head as the country's firms, not the state", () => {
    // Reuters, 1987 (round 36's K1): the wire capitalises the word after "U.S." and "U.K.".
    const { pairs } = mentionsOf(
      [
        'The evidence presented by U.S. Chip maker Micron was rejected.',
        'A study by U.S. Research firm Dataquest said Hong Kong would grow.',
        'U.K. Property company Greycoat Group Plc is seeking two financings.',
        'Algerian producer ENOF agreed to sell.',
        'U.S. meat processors criticised Japan.',
        'U.S. semiconductor industry representatives met Japanese officials.',
      ],
      '1987-04-01',
    );
    expect(code(pairs, 'U.S. Chip maker')).toBe('USABUS');
    expect(code(pairs, 'U.S. Research firm')).toBe('USABUS');
    expect(code(pairs, 'U.K. Property company')).toBe('GBRBUS');
    expect(code(pairs, 'Algerian producer')).toBe('DZABUS');
    expect(code(pairs, 'U.S. meat processors')).toBe('USABUS');
    expect(code(pairs, 'U.S. semiconductor industry')).toBe('USABUS');
    // Unchanged: producers with no firm's name are mostly states; a minister of industry is the government.
    const states = mentionsOf(
      [
        'Malaysia has come under pressure from some producers to join the pact.',
        'Japanese Industry Minister Hajime Tamura met Yeutter.',
      ],
      '1987-04-01',
    );
    expect(code(states.pairs, 'Malaysia')).toBe('MYS');
    expect(code(states.pairs, 'Japanese Industry Minister Hajime Tamura')).toBe('JPNGOV');
  });
  it('reads a country of two words that opens a company name as part of the name', () => {
    // Reuters, 1987: "Hong Kong Land Co Ltd", "New Zealand Steel Ltd", "United States Lines Inc" were the countries.
    const { pairs } = mentionsOf(
      [
        'Hong Kong Land Co Ltd said it might look for overseas investments.',
        'Hong Kong Land said profits rose.',
        'United States Lines Inc has laid off 260 employees.',
        'The Australia and New Zealand Banking Group Ltd in New Zealand said it will raise its rate.',
      ],
      '1987-04-01',
    );
    expect(pairs.map(([surface]) => surface)).not.toContain('Hong Kong');
    expect(pairs.map(([surface]) => surface)).not.toContain('United States');
    // The country named on its own afterwards is still the country.
    expect(pairs.filter(([surface]) => surface === 'New Zealand').map(([, found]) => found)).toEqual(['NZL']);
    // Unchanged: a suffix right after the country names no company.
    expect(code(mentionsOf('South Korea Inc is booming.', '1987-04-01').pairs, 'South Korea')).toBe('KOR');
  });
  it("reads a seat of power that opens a company's name as the company, not the state", () => {
    // Reuters, 1987: "Whitehall Corp said the U.S. Navy …" was GBRGOV→USAMIL 010.
    const { pairs } = mentionsOf(
      [
        'Whitehall Corp said the U.S. Navy has exercised its option.',
        'National Westminster Bank said it would cut rates.',
      ],
      '1987-04-01',
    );
    expect(pairs.map(([, found]) => found)).not.toContain('GBRGOV');
    expect(pairs.map(([, found]) => found)).not.toContain('GBRLEGBUS');
    // Unchanged: the seat of power alone, and a state firm with a suffix.
    expect(code(mentionsOf('Whitehall said the talks failed.', '1987-04-01').pairs, 'Whitehall')).toBe(
      'GBRGOV',
    );
    const pdvsa = mentionsOf('Petroleos de Venezuela SA said it would cut output.', '1987-04-01');
    expect(code(pdvsa.pairs, 'Petroleos de Venezuela')).toBe('VENBUS');
  });
  it("reads a country that opens the name of a company's unit as part of the name", () => {
    // Reuters, 1987: "its Gibraltar Savings unit has agreed" was GIB 030.
    const { pairs } = mentionsOf(
      'Gibraltar Financial Corp said its Gibraltar Savings unit has agreed to sell its branches.',
      '1987-04-01',
    );
    expect(pairs.map(([surface]) => surface)).not.toContain('Gibraltar');
    // Unchanged: a military unit named by the dictionary.
    expect(
      code(mentionsOf('A Syrian Army unit attacked the village.', '1987-04-01').pairs, 'Syrian Army'),
    ).toBe('SYRMIL');
  });
  it('reads "PLAN" in a headline in capitals as the word, not the PLA Navy', () => {
    // Reuters, 1987: "BRAZIL PLAN …" headlines were CHNMIL.
    const { pairs } = mentionsOf('BRAZIL PLAN TO CUT DEBT', '1987-04-01');
    expect(pairs.map(([, found]) => found)).toEqual(['BRA']);
    // Unchanged: the abbreviation in a sentence.
    const navy = mentionsOf('The PLAN sent three frigates to the Gulf of Aden.', '2025-01-01');
    expect(code(navy.pairs, 'PLAN')).toBe('CHNMIL');
  });
});
