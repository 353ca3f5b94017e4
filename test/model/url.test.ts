import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeImageUrl, safeLinkUrl } from '../../src/model/url.js';

const dangerous = [
  'javascript:alert(1)',
  'JavaScript:alert(document.cookie)',
  '  javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
  'vbscript:msgbox("x")',
  'VBScript:msgbox("x")',
  'file:///etc/passwd',
  'blob:https://example.com/0c9a1b2c',
  'ftp://example.com/file',
  'chrome://settings',
];

const relative = ['/contacts/42', 'contacts/42', '../x', '//evil.example/x', '?q=1', '#top', 'example.com', 'www.example.com'];

describe('safeLinkUrl', () => {
  for (const url of [...dangerous, ...relative]) {
    it(`rejects ${JSON.stringify(url)}`, () => {
      expect(safeLinkUrl(url)).to.equal(undefined);
    });
  }

  it('accepts http, https, mailto and tel, normalised', () => {
    expect(safeLinkUrl('https://example.com')).to.equal('https://example.com/');
    expect(safeLinkUrl('http://example.com/a?b=1#c')).to.equal('http://example.com/a?b=1#c');
    expect(safeLinkUrl('HTTPS://EXAMPLE.COM/Path')).to.equal('https://example.com/Path');
    expect(safeLinkUrl('mailto:olena@example.com')).to.equal('mailto:olena@example.com');
    expect(safeLinkUrl('tel:+380671234567')).to.equal('tel:+380671234567');
  });

  it('trims surrounding whitespace', () => {
    expect(safeLinkUrl('  https://example.com/x  ')).to.equal('https://example.com/x');
    expect(safeLinkUrl('\n\thttps://example.com/x\n')).to.equal('https://example.com/x');
  });

  it('is undefined for nothing', () => {
    expect(safeLinkUrl(undefined)).to.equal(undefined);
    expect(safeLinkUrl(null)).to.equal(undefined);
    expect(safeLinkUrl('')).to.equal(undefined);
    expect(safeLinkUrl('   ')).to.equal(undefined);
  });

  it('never returns a URL with another protocol (property)', () => {
    const scheme = fc.constantFrom('javascript', 'data', 'vbscript', 'file', 'http', 'https', 'mailto', 'tel', 'JaVaScRiPt', 'ws');
    const input = fc.oneof(
      fc.string(),
      fc.tuple(fc.constantFrom('', ' ', '\t', '\u0000'), scheme, fc.constantFrom(':', '://'), fc.string()).map((parts) =>
        parts.join(''),
      ),
    );
    fc.assert(
      fc.property(input, (text) => {
        const url = safeLinkUrl(text);
        if (url !== undefined) {
          expect(['http:', 'https:', 'mailto:', 'tel:']).to.include(new URL(url).protocol);
          expect(safeLinkUrl(url)).to.equal(url);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('safeImageUrl', () => {
  for (const url of [...dangerous, ...relative, 'mailto:olena@example.com', 'tel:+380671234567']) {
    it(`rejects ${JSON.stringify(url)}`, () => {
      expect(safeImageUrl(url)).to.equal(undefined);
    });
  }

  it('accepts only http and https', () => {
    expect(safeImageUrl('https://cdn.example.com/a.png')).to.equal('https://cdn.example.com/a.png');
    expect(safeImageUrl('http://cdn.example.com/a.png')).to.equal('http://cdn.example.com/a.png');
    expect(safeImageUrl(' https://cdn.example.com/a.png ')).to.equal('https://cdn.example.com/a.png');
  });

  it('is undefined for nothing', () => {
    expect(safeImageUrl(undefined)).to.equal(undefined);
    expect(safeImageUrl(null)).to.equal(undefined);
    expect(safeImageUrl('')).to.equal(undefined);
  });
});
