/** The fixed parts of the fake workspace: labels, custom attributes, inboxes, agents, companies. */
import type { Channel } from '../../model/channels.js';
import type { AttributeDefinition, Inbox, Label } from '../../model/contact.js';

/** Label colours are dark enough for white text (contrast ≥ 4.5:1, checked by a test). */
export function labelCatalog(): Label[] {
  return [
    { name: 'vip', color: '#b45309', description: 'High-value customer: answer first' },
    { name: 'lead', color: '#1d4ed8', description: 'Interested, not yet bought' },
    { name: 'customer', color: '#15803d', description: 'Has bought at least once' },
    { name: 'churn-risk', color: '#b91c1c', description: 'Unhappy or inactive paying customer' },
    { name: 'billing', color: '#7e22ce', description: 'Open question about invoices or payments' },
    { name: 'support', color: '#0e7490' },
    { name: 'wholesale', color: '#4338ca', description: 'Buys in bulk' },
    { name: 'partner', color: '#be185d' },
    { name: 'spam-suspect', color: '#57534e', description: 'Check before replying' },
    { name: 'newsletter', color: '#0f766e' },
    { name: 'feedback', color: '#a21caf', description: 'Sent product feedback' },
    { name: 'returning', color: '#3f6212' },
  ];
}

/** How often each label is picked for a contact, by name. */
export const LABEL_WEIGHTS: Readonly<Record<string, number>> = {
  customer: 20,
  lead: 14,
  support: 12,
  newsletter: 10,
  returning: 8,
  billing: 7,
  feedback: 6,
  vip: 5,
  'churn-risk': 5,
  wholesale: 3,
  partner: 2,
  'spam-suspect': 2,
};

export const PLANS = ['free', 'pro', 'enterprise'] as const;
export const TIERS = ['bronze', 'silver', 'gold', 'platinum'] as const;

export function attributeCatalog(): AttributeDefinition[] {
  return [
    { key: 'company', displayName: 'Company', type: 'text' },
    { key: 'orders_count', displayName: 'Orders', type: 'number' },
    { key: 'lifetime_value', displayName: 'Lifetime value', type: 'number', description: 'Total spent, in USD' },
    { key: 'birthday', displayName: 'Birthday', type: 'date' },
    { key: 'renewal_date', displayName: 'Renewal date', type: 'date', description: 'When the paid plan renews' },
    { key: 'plan', displayName: 'Plan', type: 'list', options: [...PLANS] },
    { key: 'tier', displayName: 'Loyalty tier', type: 'list', options: [...TIERS] },
    { key: 'newsletter_opt_in', displayName: 'Newsletter opt-in', type: 'boolean' },
    { key: 'crm_url', displayName: 'CRM record', type: 'link' },
    { key: 'website', displayName: 'Website', type: 'link' },
  ];
}

export function inboxCatalog(): Inbox[] {
  return [
    { id: 'inbox-whatsapp-sales', name: 'WhatsApp Sales', channel: 'whatsapp', canWriteFirst: true },
    { id: 'inbox-whatsapp-support', name: 'WhatsApp Support', channel: 'whatsapp', canWriteFirst: true },
    { id: 'inbox-email', name: 'Support Email', channel: 'email', canWriteFirst: true },
    { id: 'inbox-calls', name: 'Calls', channel: 'phone', canWriteFirst: true },
    { id: 'inbox-webchat', name: 'Website chat', channel: 'webchat', canWriteFirst: false },
    { id: 'inbox-telegram', name: 'Telegram Bot', channel: 'telegram', canWriteFirst: false },
    { id: 'inbox-instagram', name: 'Instagram', channel: 'instagram', canWriteFirst: false },
    { id: 'inbox-facebook', name: 'Facebook Messenger', channel: 'facebook', canWriteFirst: false },
    { id: 'inbox-viber', name: 'Viber', channel: 'viber', canWriteFirst: true },
    { id: 'inbox-sms', name: 'SMS', channel: 'sms', canWriteFirst: true },
    { id: 'inbox-line', name: 'LINE', channel: 'line', canWriteFirst: false },
  ];
}

/** Inboxes by channel, for conversations; every channel has at least one. */
export function inboxesByChannel(inboxes: readonly Inbox[]): ReadonlyMap<Channel, readonly Inbox[]> {
  const byChannel = new Map<Channel, Inbox[]>();
  for (const inbox of inboxes) {
    const list = byChannel.get(inbox.channel);
    if (list) list.push(inbox);
    else byChannel.set(inbox.channel, [inbox]);
  }
  return byChannel;
}

/** Agents who write notes, and the languages they write them in besides English. */
export const AGENTS: readonly { readonly id: string; readonly name: string; readonly languages: readonly string[] }[] = [
  { id: 'agent-1', name: 'Olena Marchenko', languages: ['uk', 'ru'] },
  { id: 'agent-2', name: 'Daniel Brooks', languages: [] },
  { id: 'agent-3', name: 'Lucía Fernández', languages: ['es', 'pt'] },
  { id: 'agent-4', name: 'Yusuf Demir', languages: ['tr', 'de'] },
  { id: 'agent-5', name: 'Mei Chen', languages: [] },
  { id: 'agent-6', name: 'Anna Schmidt', languages: ['de'] },
  { id: 'agent-7', name: 'Rafael Costa', languages: ['pt'] },
];

export interface Company {
  readonly name: string;
  /** Invented domain for business e-mail addresses and the website attribute. */
  readonly domain: string;
}

/** Companies by culture key (see cultures.ts); `*` are international. */
const COMPANY_SPECS: Readonly<Record<string, string>> = {
  '*': 'Northwind Traders:northwindtraders.com, Contoso Ltd:contoso.com, Fabrikam:fabrikam.com, Globex Corporation:globex-corp.com, Pixel & Pine Studio:pixelandpine.io, Blue Harbor Foods:blueharborfoods.com, Acme Trading:acme-trading.com, Bright Smile Dental:brightsmile-dental.com',
  en: 'Smith & Sons:smithandsons.co.uk, Riverside Plumbing:riversideplumbing.com, Oak Street Bakery:oakstreetbakery.com, Summit Realty Group:summitrealtygroup.com',
  es: 'Grupo Alameda:grupoalameda.mx, Ferretería El Sol:ferreteriaelsol.es, Clínica Dental Sonrisa:clinicasonrisa.mx',
  pt: 'Construtora Horizonte:horizonteconstrutora.com.br, Padaria Pão Quente:paoquente.com.br, Ótica Visão Clara:visaoclara.com.br',
  de: 'Müller Bau GmbH:muellerbau.de, Bäckerei Schneider:baeckerei-schneider.de, Autohaus Weber KG:autohaus-weber.de',
  fr: 'Café Lumière:cafe-lumiere.fr, Boulangerie Dupont:boulangerie-dupont.fr',
  pl: 'Zielony Ogród sp. z o.o.:zielonyogrod.pl, Piekarnia Nowak:piekarnianowak.pl',
  tr: 'Anadolu Tekstil A.Ş.:anadolutekstil.com.tr, Kaya Mobilya:kayamobilya.com.tr',
  'en-in': 'Tata Spice Traders:tataspice.in, Sharma Electronics:sharmaelectronics.in',
  'en-ng': 'Lagos Fresh Farms:lagosfreshfarms.ng, Okafor Motors:okaformotors.ng',
  id: 'Kopi Nusantara:kopinusantara.id',
  uk: 'ТОВ «Світанок»:svitanok.ua, Агро-Інвест:agroinvest.com.ua, ФОП Коваленко:kovalenko-shop.com.ua, Кав’ярня «Львівська»:lvivska-kava.ua',
  ru: 'ООО «Вектор»:vektor-group.ru, Торговый дом «Север»:td-sever.ru',
  ar: 'شركة الأفق للتجارة:alofoq-trading.sa, مؤسسة النخبة:elite-est.ae, مطعم النيل:nile-restaurant.eg',
  zh: '华信科技有限公司:huaxin-tech.cn, 上海明达贸易:mingda-trade.cn',
  ja: '株式会社さくら商事:sakura-shoji.co.jp, 山田製作所:yamada-ss.co.jp',
  ko: '한빛무역:hanbit-trade.co.kr',
  hi: 'गुप्ता ट्रेडर्स:gupta-traders.in',
  el: 'Ελληνικά Τρόφιμα Α.Ε.:greekfoods.gr',
  he: 'כהן ייבוא:cohen-import.co.il',
  th: 'บริษัท สยามเทรด:siamtrade.co.th',
};

function parseCompanies(text: string | undefined): Company[] {
  if (!text) return [];
  return text.split(', ').map((entry) => {
    const separator = entry.lastIndexOf(':');
    return { name: entry.slice(0, separator), domain: entry.slice(separator + 1) };
  });
}

export const INTERNATIONAL_COMPANIES: readonly Company[] = parseCompanies(COMPANY_SPECS['*']);

const LOCAL_COMPANIES = new Map(
  Object.keys(COMPANY_SPECS)
    .filter((key) => key !== '*')
    .map((key) => [key, parseCompanies(COMPANY_SPECS[key])] as const),
);

export function localCompanies(cultureKey: string): readonly Company[] {
  return LOCAL_COMPANIES.get(cultureKey) ?? INTERNATIONAL_COMPANIES;
}

export const BLOCK_REASONS: readonly string[] = [
  'Spam',
  'Spam',
  'Abusive language',
  'Fraud attempt',
  'Repeated unsolicited messages',
  'Threatened staff',
  'Requested by the customer',
  'Образи в чаті',
  'Bot traffic',
];
