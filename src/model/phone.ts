/**
 * Phone numbers: accept what people type, store E.164, know the country.
 *
 * Decision: a structural E.164 check with the ITU calling-code table, not libphonenumber-js
 * (~29 kB gzip with minimal metadata, TOOLCHAIN.md). It rejects what cannot be a number (letters,
 * an unknown country code, too few or too many digits) and derives the country for the flag;
 * it does not know each country's exact number plans, which a backend may still check.
 */
import type { FieldErrorCode } from './field-error.js';

/** Calling code → main region (ISO 3166-1 alpha-2). Codes are prefix-free (ITU-T E.164). */
const CALLING_CODES: Readonly<Record<string, string>> = {
  '1': 'US', '7': 'RU', '20': 'EG', '27': 'ZA', '30': 'GR', '31': 'NL', '32': 'BE', '33': 'FR',
  '34': 'ES', '36': 'HU', '39': 'IT', '40': 'RO', '41': 'CH', '43': 'AT', '44': 'GB', '45': 'DK',
  '46': 'SE', '47': 'NO', '48': 'PL', '49': 'DE', '51': 'PE', '52': 'MX', '53': 'CU', '54': 'AR',
  '55': 'BR', '56': 'CL', '57': 'CO', '58': 'VE', '60': 'MY', '61': 'AU', '62': 'ID', '63': 'PH',
  '64': 'NZ', '65': 'SG', '66': 'TH', '81': 'JP', '82': 'KR', '84': 'VN', '86': 'CN', '90': 'TR',
  '91': 'IN', '92': 'PK', '93': 'AF', '94': 'LK', '95': 'MM', '98': 'IR', '211': 'SS', '212': 'MA',
  '213': 'DZ', '216': 'TN', '218': 'LY', '220': 'GM', '221': 'SN', '222': 'MR', '223': 'ML',
  '224': 'GN', '225': 'CI', '226': 'BF', '227': 'NE', '228': 'TG', '229': 'BJ', '230': 'MU',
  '231': 'LR', '232': 'SL', '233': 'GH', '234': 'NG', '235': 'TD', '236': 'CF', '237': 'CM',
  '238': 'CV', '239': 'ST', '240': 'GQ', '241': 'GA', '242': 'CG', '243': 'CD', '244': 'AO',
  '245': 'GW', '246': 'IO', '248': 'SC', '249': 'SD', '250': 'RW', '251': 'ET', '252': 'SO',
  '253': 'DJ', '254': 'KE', '255': 'TZ', '256': 'UG', '257': 'BI', '258': 'MZ', '260': 'ZM',
  '261': 'MG', '262': 'RE', '263': 'ZW', '264': 'NA', '265': 'MW', '266': 'LS', '267': 'BW',
  '268': 'SZ', '269': 'KM', '290': 'SH', '291': 'ER', '297': 'AW', '298': 'FO', '299': 'GL',
  '350': 'GI', '351': 'PT', '352': 'LU', '353': 'IE', '354': 'IS', '355': 'AL', '356': 'MT',
  '357': 'CY', '358': 'FI', '359': 'BG', '370': 'LT', '371': 'LV', '372': 'EE', '373': 'MD',
  '374': 'AM', '375': 'BY', '376': 'AD', '377': 'MC', '378': 'SM', '380': 'UA', '381': 'RS',
  '382': 'ME', '383': 'XK', '385': 'HR', '386': 'SI', '387': 'BA', '389': 'MK', '420': 'CZ',
  '421': 'SK', '423': 'LI', '500': 'FK', '501': 'BZ', '502': 'GT', '503': 'SV', '504': 'HN',
  '505': 'NI', '506': 'CR', '507': 'PA', '508': 'PM', '509': 'HT', '590': 'GP', '591': 'BO',
  '592': 'GY', '593': 'EC', '594': 'GF', '595': 'PY', '596': 'MQ', '597': 'SR', '598': 'UY',
  '599': 'CW', '670': 'TL', '672': 'NF', '673': 'BN', '674': 'NR', '675': 'PG', '676': 'TO',
  '677': 'SB', '678': 'VU', '679': 'FJ', '680': 'PW', '681': 'WF', '682': 'CK', '683': 'NU',
  '685': 'WS', '686': 'KI', '687': 'NC', '688': 'TV', '689': 'PF', '690': 'TK', '691': 'FM',
  '692': 'MH', '850': 'KP', '852': 'HK', '853': 'MO', '855': 'KH', '856': 'LA', '880': 'BD',
  '886': 'TW', '960': 'MV', '961': 'LB', '962': 'JO', '963': 'SY', '964': 'IQ', '965': 'KW',
  '966': 'SA', '967': 'YE', '968': 'OM', '970': 'PS', '971': 'AE', '972': 'IL', '973': 'BH',
  '974': 'QA', '975': 'BT', '976': 'MN', '977': 'NP', '992': 'TJ', '993': 'TM', '994': 'AZ',
  '995': 'GE', '996': 'KG', '998': 'UZ',
  // Global services (satellite, international freephone): valid, but no country.
  '800': '', '808': '', '870': '', '878': '', '881': '', '882': '', '883': '', '888': '', '979': '',
};

/** Canadian area codes inside the shared +1 plan, so a Canadian number gets the right flag. */
const CANADIAN_AREA_CODES = new Set(
  ('204 226 236 249 250 263 289 306 343 354 365 367 368 382 403 416 418 428 431 437 438 450 ' +
    '468 474 506 514 519 548 579 581 584 587 604 613 639 647 672 683 705 709 742 753 778 780 ' +
    '782 807 819 825 867 873 879 902 905').split(' '),
);

const MAX_E164_DIGITS = 15;
/** Shortest national number we accept (some small countries use 4–7 digits). */
const MIN_NATIONAL_DIGITS = 4;

export type PhoneResult =
  | { readonly ok: true; readonly e164: string }
  | { readonly ok: false; readonly code: FieldErrorCode };

/** Maps Arabic-Indic, Persian and full-width digits to ASCII, as people type them. */
function asciiDigits(input: string): string {
  return input.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}

/** The calling code at the start of international digits, or undefined. */
export function callingCodeOf(digits: string): string | undefined {
  for (let length = 1; length <= 3; length++) {
    const candidate = digits.slice(0, length);
    if (candidate in CALLING_CODES) return candidate;
  }
  return undefined;
}

/**
 * Normalises what a person typed into E.164: `+380 (67) 123-45-67`, `380671234567`,
 * `00380671234567` → `+380671234567`. Numbers starting with a single 0 are national and need
 * the country code, which is said as such rather than guessed.
 */
export function normalizePhone(input: string): PhoneResult {
  let text = asciiDigits(input.trim());
  if (!text) return { ok: false, code: 'required' };
  if (/[^\d\s\-().+/]/.test(text)) return { ok: false, code: 'phone-invalid' };
  if (text.lastIndexOf('+') > 0) return { ok: false, code: 'phone-invalid' };
  const international = text.startsWith('+');
  text = text.replace(/\D/g, '');
  if (!international) {
    if (text.startsWith('00')) text = text.slice(2);
    else if (text.startsWith('0')) return { ok: false, code: 'phone-needs-country-code' };
  }
  if (!text || text.startsWith('0')) return { ok: false, code: 'phone-invalid' };
  const callingCode = callingCodeOf(text);
  if (callingCode === undefined) return { ok: false, code: 'phone-unknown-country-code' };
  const national = text.slice(callingCode.length);
  if (national.length < MIN_NATIONAL_DIGITS) return { ok: false, code: 'phone-too-short' };
  if (text.length > MAX_E164_DIGITS) return { ok: false, code: 'phone-too-long' };
  if (callingCode === '1' && national.length !== 10) {
    return { ok: false, code: national.length < 10 ? 'phone-too-short' : 'phone-too-long' };
  }
  return { ok: true, e164: `+${text}` };
}

/** Whether a string is already a well-formed E.164 number this module would produce. */
export function isE164(value: string): boolean {
  const result = /^\+[1-9]\d{4,14}$/.test(value) ? normalizePhone(value) : undefined;
  return result?.ok === true && result.e164 === value;
}

/** The region (ISO alpha-2) a number belongs to, for a flag; undefined if unknown or global. */
export function regionOfPhone(e164: string): string | undefined {
  const digits = e164.replace(/\D/g, '');
  const callingCode = callingCodeOf(digits);
  if (callingCode === undefined) return undefined;
  const national = digits.slice(callingCode.length);
  if (callingCode === '1') return CANADIAN_AREA_CODES.has(national.slice(0, 3)) ? 'CA' : 'US';
  if (callingCode === '7' && /^[67]/.test(national)) return 'KZ';
  return CALLING_CODES[callingCode] || undefined;
}

/** The digits of a phone as typed anywhere, for search: `+1 (555) 010-9999` → `15550109999`. */
export function phoneDigits(value: string): string {
  return asciiDigits(value).replace(/\D/g, '');
}

/** A flag emoji for a region code (`UA` → 🇺🇦), built from regional indicator symbols. */
export function flagEmoji(region: string): string {
  if (!/^[A-Z]{2}$/.test(region)) return '';
  return String.fromCodePoint(...[...region].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}
