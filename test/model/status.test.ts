import { expect } from '@open-wc/testing';
import {
  INACTIVE_AFTER_DAYS,
  contactStatus,
  isBlocked,
  isMissingContactInfo,
} from '../../src/model/status.js';
import { DAY_MS, NOW, makeContact } from './contact-fixture.js';

const at = (ms: number) => new Date(NOW.getTime() + ms);
const blockedAt = at(-DAY_MS);

describe('isBlocked', () => {
  it('is false without a block', () => {
    expect(isBlocked(makeContact({ block: null }), NOW)).to.equal(false);
  });
  it('a block forever is in force', () => {
    expect(isBlocked(makeContact({ block: { until: null, blockedAt } }), NOW)).to.equal(true);
  });
  it('a block until a future time is in force', () => {
    expect(isBlocked(makeContact({ block: { until: at(1), blockedAt } }), NOW)).to.equal(true);
    expect(isBlocked(makeContact({ block: { until: at(7 * DAY_MS), blockedAt, reason: 'spam' } }), NOW)).to.equal(true);
  });
  it('an expired block no longer counts (including one expiring exactly now)', () => {
    expect(isBlocked(makeContact({ block: { until: at(-1), blockedAt } }), NOW)).to.equal(false);
    expect(isBlocked(makeContact({ block: { until: NOW, blockedAt } }), NOW)).to.equal(false);
  });
  it('uses the current time by default', () => {
    const now = Date.now();
    expect(isBlocked({ block: { until: new Date(now + 60_000), blockedAt } })).to.equal(true);
    expect(isBlocked({ block: { until: new Date(now - 60_000), blockedAt } })).to.equal(false);
  });
});

describe('contactStatus', () => {
  it('is 30 days by default', () => {
    expect(INACTIVE_AFTER_DAYS).to.equal(30);
  });

  it('recent activity → active', () => {
    expect(contactStatus(makeContact({ lastActivityAt: at(-DAY_MS) }), NOW)).to.equal('active');
    expect(contactStatus(makeContact({ lastActivityAt: NOW }), NOW)).to.equal('active');
  });

  it('inactive after 30 days without activity; exactly 30 days is still active', () => {
    expect(contactStatus(makeContact({ lastActivityAt: at(-30 * DAY_MS) }), NOW)).to.equal('active');
    expect(contactStatus(makeContact({ lastActivityAt: at(-30 * DAY_MS - 1) }), NOW)).to.equal('inactive');
    expect(contactStatus(makeContact({ lastActivityAt: at(-400 * DAY_MS) }), NOW)).to.equal('inactive');
  });

  it('never active → inactive', () => {
    expect(contactStatus(makeContact({ lastActivityAt: null }), NOW)).to.equal('inactive');
  });

  it('the threshold can be changed', () => {
    const contact = makeContact({ lastActivityAt: at(-8 * DAY_MS) });
    expect(contactStatus(contact, NOW, 7)).to.equal('inactive');
    expect(contactStatus(contact, NOW, 10)).to.equal('active');
  });

  it('blocked wins over activity, while the block is in force', () => {
    const active = { lastActivityAt: at(-DAY_MS) };
    expect(contactStatus(makeContact({ ...active, block: { until: null, blockedAt } }), NOW)).to.equal('blocked');
    expect(contactStatus(makeContact({ ...active, block: { until: at(DAY_MS), blockedAt } }), NOW)).to.equal('blocked');
    expect(contactStatus(makeContact({ lastActivityAt: null, block: { until: null, blockedAt } }), NOW)).to.equal(
      'blocked',
    );
    expect(contactStatus(makeContact({ ...active, block: { until: at(-1), blockedAt } }), NOW)).to.equal('active');
    expect(contactStatus(makeContact({ lastActivityAt: null, block: { until: at(-1), blockedAt } }), NOW)).to.equal(
      'inactive',
    );
  });
});

describe('isMissingContactInfo', () => {
  it('is true only with neither email nor phone', () => {
    expect(isMissingContactInfo(makeContact())).to.equal(true);
    expect(isMissingContactInfo(makeContact({ email: '' }))).to.equal(true);
    expect(isMissingContactInfo(makeContact({ email: 'olena@example.com' }))).to.equal(false);
    expect(isMissingContactInfo(makeContact({ phone: '+380671234567' }))).to.equal(false);
    expect(isMissingContactInfo(makeContact({ email: 'olena@example.com', phone: '+380671234567' }))).to.equal(false);
  });
});
