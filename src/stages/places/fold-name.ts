/**
 * Letters that Unicode decomposition leaves alone but English spellings of place names write differently:
 * "Łódź" is "Lodz", "Tromsø" is "Tromso", "Þórshöfn" is "Thorshofn".
 */
const specialLetters: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ə: 'e',
};

/**
 * The key under which the gazetteer files a place name: case-folded, without diacritics, apostrophes or
 * periods, with hyphens read as spaces. "São Paulo" and "Sao Paulo", "Sana'a" and "Sanaa", "St. Louis" and
 * "St Louis", "Winston-Salem" and "Winston Salem" share a key.
 */
export function foldName(name: string): string {
  let folded = name.toLowerCase();
  if (isPlainKey(folded)) return folded;
  // Most other names (and every key the stage looks up in ASCII text) need no Unicode work.
  if (/[^\x20-\x7e]/.test(folded)) {
    folded = folded
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[ßæœøłđðþıħə]/g, (letter) => specialLetters[letter] ?? letter)
      .replace(/[\u2018\u2019\u02bb\u02bc\u02be\u02bf\u0060\u00b4]/g, "'")
      .replace(/[\u2010-\u2015]/g, '-');
  }
  return folded
    .replace(/['.`]/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

/** Lower-case ASCII words separated by single spaces: already a key. Checked by hand: this runs per name at load. */
function isPlainKey(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) continue;
    if (code === 32 && i > 0 && i < last && text.charCodeAt(i - 1) !== 32) continue;
    return false;
  }
  return last >= 0;
}
