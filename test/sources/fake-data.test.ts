import { expect } from '@open-wc/testing';
import { isBlocked } from '../../src/model/status.js';
import { DEFAULT_FAKE_NOW, generateDataset } from '../../src/sources/fake-data.js';

/** FNV-1a over a text: a short fingerprint of generated data. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

describe('fake data', () => {
  it('same seed, same data; another seed, other data', () => {
    const a = generateDataset({ count: 2000, seed: 3 });
    const b = generateDataset({ count: 2000, seed: 3 });
    const c = generateDataset({ count: 2000, seed: 4 });
    expect(a.contacts).to.deep.equal(b.contacts);
    expect(a.conversationsOf('c00042')).to.deep.equal(b.conversationsOf('c00042'));
    expect(a.notesOf('c01999')).to.deep.equal(b.notesOf('c01999'));
    expect(c.contacts.map((x) => x.name)).to.not.deep.equal(a.contacts.map((x) => x.name));
  });

  // "Same options, same data, on every machine": the demo, stories and tests may rely on it.
  // Change the fingerprints only when the data is meant to change.
  it('the data of seed 1 stays the same', () => {
    const dataset = generateDataset({ count: 5000, seed: 1 });
    expect(fingerprint(JSON.stringify(dataset.contacts))).to.equal('c3f4d1be');
    const history = ['c00001', 'c00777', 'c04999'].map((id) => [dataset.conversationsOf(id), dataset.notesOf(id)]);
    expect(fingerprint(JSON.stringify(history))).to.equal('1d6feb8f');
  });

  it('100,000 contacts are as awkward as real ones: scripts, blocks, missing info, duplicates', function () {
    this.timeout(60_000);
    const { contacts } = generateDataset({ count: 100_000, seed: 1 });
    expect(contacts).to.have.length(100_000);
    expect(new Set(contacts.map((c) => c.id)).size, 'unique ids').to.equal(100_000);
    const share = (test: (c: (typeof contacts)[number]) => boolean) => contacts.filter(test).length / contacts.length;
    expect(share((c) => /[\u0400-\u04ff]/.test(c.name)), 'Cyrillic').to.be.above(0.02);
    expect(share((c) => /[\u0600-\u06ff]/.test(c.name)), 'Arabic').to.be.above(0.02);
    expect(share((c) => /[\u4e00-\u9fff]/.test(c.name)), 'CJK').to.be.above(0.01);
    expect(share((c) => /^[\x20-\x7e]*$/.test(c.name)), 'Latin').to.be.above(0.2);
    expect(share((c) => !c.email && !c.phone), 'missing contact info').to.be.within(0.01, 0.06);
    expect(share((c) => c.block?.until === null), 'blocked forever').to.be.above(0.002);
    expect(share((c) => c.block !== null && c.block.until !== null && isBlocked(c, DEFAULT_FAKE_NOW)), 'blocked for a while').to.be.above(0.002);
    expect(share((c) => c.block !== null && !isBlocked(c, DEFAULT_FAKE_NOW)), 'block expired').to.be.above(0.0005);
    const phones = contacts.filter((c) => c.phone).map((c) => c.phone!);
    expect(phones.every((p) => /^\+[1-9]\d{6,14}$/.test(p)), 'E.164').to.equal(true);
    expect(new Set(phones).size, 'some contacts share a phone (duplicates)').to.be.below(phones.length);
  });
});
