import { expect } from '@open-wc/testing';
import { CHANNELS, CONVERSATION_STATUSES, isChannel } from '../../src/model/channels.js';
import { attributeDefinitionSchema, contactSchema, labelSchema } from '../../src/model/contact.js';
import { DEFINITIONS, makeContact } from './contact-fixture.js';

describe('contactSchema', () => {
  it('accepts the fixture (so every test works with complete contacts)', () => {
    expect(contactSchema.safeParse(makeContact()).success).to.equal(true);
    expect(
      contactSchema.safeParse(
        makeContact({
          email: 'o@example.com',
          phone: '+380671234567',
          sourceChannel: 'viber',
          channels: [{ channel: 'viber', identifier: '+380671234567' }],
          labels: ['vip'],
          attributes: { seats: 3, plan: 'pro', newsletter: true },
          lastActivityAt: new Date(2026, 0, 1),
          block: { until: null, blockedAt: new Date(2026, 0, 2), reason: 'spam' },
          conversationStatuses: [...CONVERSATION_STATUSES],
        }),
      ).success,
    ).to.equal(true);
  });

  it('rejects half-formed records', () => {
    const bad: unknown[] = [
      { ...makeContact(), id: '' },
      { ...makeContact(), sourceChannel: 'carrier-pigeon' },
      { ...makeContact(), channels: [{ channel: 'telegram', identifier: '' }] },
      { ...makeContact(), createdAt: '2026-01-01T00:00:00Z' },
      { ...makeContact(), lastActivityAt: undefined },
      { ...makeContact(), attributes: { nested: { no: 1 } } },
      { ...makeContact(), block: { until: null } },
      { ...makeContact(), conversationStatuses: ['closed'] },
    ];
    for (const record of bad) {
      expect(contactSchema.safeParse(record).success, JSON.stringify(record)).to.equal(false);
    }
  });
});

describe('other schemas', () => {
  it('attribute keys are lower-case letters, digits and _', () => {
    for (const definition of DEFINITIONS) expect(attributeDefinitionSchema.safeParse(definition).success).to.equal(true);
    expect(attributeDefinitionSchema.safeParse({ key: 'Shoe-Size', displayName: 'x', type: 'text' }).success).to.equal(false);
    expect(attributeDefinitionSchema.safeParse({ key: 'x', displayName: 'x', type: 'json' }).success).to.equal(false);
  });
  it('labels need a name', () => {
    expect(labelSchema.safeParse({ name: 'vip', color: '#ff0000' }).success).to.equal(true);
    expect(labelSchema.safeParse({ name: '', color: '#ff0000' }).success).to.equal(false);
  });
});

describe('isChannel', () => {
  it('knows every channel and nothing else', () => {
    for (const channel of CHANNELS) expect(isChannel(channel)).to.equal(true);
    for (const value of ['WhatsApp', '', 'fax', undefined, 1]) expect(isChannel(value)).to.equal(false);
  });
});
