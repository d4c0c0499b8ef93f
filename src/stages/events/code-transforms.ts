/**
 * CAMEO's parallel structure: an intention to cooperate (03x), a refusal to cooperate (12x) and a threat
 * (13x) mirror the acts they announce. "NATO is ready to work with Russia" is not a cooperation but an
 * expression of intent to cooperate (03x); "refused to release the prisoners" is a rejection (1243);
 * "wants to attack Switzerland" is a threat (138). These tables map an act's code to its mirror; the
 * longest matching prefix wins.
 */

const INTENT: Record<string, string> = {
  '04': '036', '040': '036', '041': '036', '042': '036', '043': '036', '044': '036', '045': '039', '046': '036',
  '05': '032', '050': '030', '051': '032', '052': '032', '053': '032', '054': '032', '055': '032', '056': '032', '057': '037',
  '06': '031', '061': '0311', '062': '0312', '063': '0313', '064': '0314',
  '07': '033', '071': '0331', '072': '0332', '073': '0333', '074': '0334', '075': '0333',
  '08': '035', '081': '0351', '0811': '0351', '082': '0352', '083': '034', '0831': '0341', '0832': '0342', '0833': '0343', '0834': '0344',
  '084': '0353', '0841': '0353', '0842': '0353', '085': '0354', '086': '0355', '087': '0356',
  '09': '030',
}; // prettier-ignore

const REFUSAL: Record<string, string> = {
  '03': '120', '04': '125', '045': '126', '046': '125', '05': '120', '057': '127',
  '06': '121', '061': '1211', '062': '1212',
  '07': '122', '071': '1221', '072': '1222', '073': '1223', '074': '1224',
  '08': '124', '081': '1241', '082': '1242', '083': '123', '0831': '1231', '0832': '1232', '0833': '1233', '0834': '1234',
  '084': '1243', '085': '1244', '086': '1245', '087': '1246',
}; // prettier-ignore

const THREAT: Record<string, string> = {
  '14': '133', '16': '131', '161': '1313', '162': '1311', '163': '1312', '164': '1313', '166': '1313',
  '17': '137', '172': '132', '1721': '1321', '1722': '1322', '1723': '1323', '1724': '1324',
  '18': '1383', '19': '138', '191': '1381', '192': '1382', '193': '1384', '194': '1384', '195': '1384', '20': '1385',
}; // prettier-ignore

function mirror(table: Record<string, string>, code: string): string | undefined {
  for (let length = code.length; length >= 2; length--) {
    const found = table[code.slice(0, length)];
    if (found) return found;
  }
  return undefined;
}

const isCooperative = (code: string) => code >= '03' && code < '09';
const isConflict = (code: string) => code >= '14';

/** The "express intent" code of a cooperative act (04–08 → 03x); undefined for other acts. */
export function intentCode(code: string): string | undefined {
  if (code.startsWith('03')) return code;
  return isCooperative(code) || code.startsWith('09') ? mirror(INTENT, code) : undefined;
}

/** The rejection code of a cooperative act refused (03–08 → 12x). */
export function refusalCode(code: string): string | undefined {
  return isCooperative(code) ? mirror(REFUSAL, code) : undefined;
}

/** The threat code of a conflictual act wanted or threatened (14–20 → 13x). */
export function threatCode(code: string): string | undefined {
  return isConflict(code) ? mirror(THREAT, code) : undefined;
}

/**
 * Cooperation not specified below its root (050, 060: "deepen ties", "strengthen a partnership"): a plan or
 * wish for it names no act that could later be seen done, so it is coded as the expression of intent (03x).
 */
export function isOpenCooperation(code: string): boolean {
  return code === '050' || code === '060';
}
