/**
 * Mobile numbers in E.164 by country, with real operator prefixes and national lengths, so that
 * flags, formatting and search behave as they would with real customers.
 */
import { pick, randomDigits, randomInt, type Random } from './random.js';

interface PhonePlan {
  /** `+`, the calling code and a mobile prefix (`+38067`), each with the number of digits that follow. */
  readonly heads: readonly (readonly [head: string, rest: number])[];
}

type PrefixGroup = readonly [prefixes: string, rest: number | readonly number[]];

/** A plan from groups of space-separated prefixes sharing the digits that follow them. */
function plan(callingCode: string, ...groups: PrefixGroup[]): PhonePlan {
  const heads = groups.flatMap(([list, rest]) => {
    const lengths = typeof rest === 'number' ? [rest] : rest;
    return list.split(' ').flatMap((prefix) => lengths.map((length) => [`+${callingCode}${prefix}`, length] as const));
  });
  return { heads };
}

// Area codes of the shared +1 plan; the Canadian ones get region CA (see model/phone.ts).
const US_AREA_HEADS = (
  '201 202 205 206 212 213 214 215 234 239 240 248 267 281 301 303 305 310 312 313 314 317 323 ' +
  '347 404 407 408 412 415 424 469 480 503 504 512 516 551 571 602 614 617 619 626 646 650 678 ' +
  '702 704 713 718 720 732 757 773 786 808 813 818 832 847 857 858 860 872 901 904 910 917 929 ' +
  '949 954 972 973 980'
)
  .split(' ')
  .map((area) => `+1${area}`);
const CANADIAN_AREA_HEADS = '416 437 647 905 514 438 604 778 403 587 613 780 902 506'
  .split(' ')
  .map((area) => `+1${area}`);

const PLANS: Readonly<Record<string, PhonePlan>> = {
  UA: plan('380', ['50 63 66 67 68 73 93 95 96 97 98 99', 7]),
  RU: plan('7', ['900 901 903 905 906 909 910 915 916 917 918 919 925 926 977 985 999', 7]),
  GB: plan('44', ['74 75 77 78 79', 8]),
  DE: plan('49', ['151 152 157 159', 8], ['160 162 163 170 171 172 173 174 175', 7], ['176 177 178 179', [7, 8]]),
  ES: plan('34', ['6', 8], ['71 72 73 74', 7]),
  PT: plan('351', ['91 92 93 96', 7]),
  FR: plan('33', ['6', 8], ['73 74 75 76 77 78', 7]),
  PL: plan('48', ['50 51 53 57 60 66 69 72 73 78 79 88', 7]),
  TR: plan('90', ['505 506 507 530 532 533 535 536 537 538 539 541 542 543 544 545 546 551 552 553 555', 7]),
  // Two-digit area code, then the mobile 9 and eight digits.
  BR: plan('55', ['119 219 319 419 519 619 719 819 859 199 279 489 629', 8]),
  MX: plan('52', ['55 33 81', 8], ['222 442 664 998 999', 7]),
  IN: plan('91', ['6 7 8 9 9 9', 9]),
  CN: plan('86', [
    '130 131 132 133 135 136 137 138 139 150 151 152 155 156 157 158 159 176 177 180 181 182 186 187 188 189 199',
    8,
  ]),
  JP: plan('81', ['70 80 90', 8]),
  KR: plan('82', ['10', 8]),
  SA: plan('966', ['50 53 54 55 56 58 59', 7]),
  AE: plan('971', ['50 52 54 55 56 58', 7]),
  EG: plan('20', ['10 11 12 15', 8]),
  IL: plan('972', ['50 52 53 54 55 58', 7]),
  GR: plan('30', ['69', 8]),
  NG: plan('234', ['701 703 706 802 803 806 808 810 812 813 814 816 902 903 906 907', 7]),
  ID: plan('62', ['811 812 813 821 822 852 853 857 858 877 878 895 896', [7, 8]]),
  TH: plan('66', ['6 8 9', 8]),
};

/** Regions this module can make numbers for. */
export const PHONE_REGIONS: readonly string[] = [...Object.keys(PLANS), 'US', 'CA'];

/** A NANP number: area code, an exchange that is neither N11 nor the fictional 555, 4 digits. */
function northAmericanNumber(random: Random, areaHeads: readonly string[]): string {
  let exchange = 200 + randomInt(random, 800);
  if (exchange % 100 === 11 || exchange === 555) exchange += 1;
  // One number for exchange and line: a single concatenation keeps the string flat and small.
  return pick(random, areaHeads) + String(exchange * 10_000 + randomInt(random, 10_000));
}

/** A mobile number of the region in E.164; throws for a region without a plan (a bug here). */
export function randomPhone(random: Random, region: string): string {
  if (region === 'US') return northAmericanNumber(random, US_AREA_HEADS);
  if (region === 'CA') return northAmericanNumber(random, CANADIAN_AREA_HEADS);
  const phonePlan = PLANS[region];
  if (!phonePlan) throw new Error(`No phone plan for region ${region}`);
  const [head, rest] = pick(random, phonePlan.heads);
  return head + randomDigits(random, rest);
}
