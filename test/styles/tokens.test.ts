import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { base } from '../../src/styles/base.js';
import { CONTACT_TOKENS, privateTokenName, tokens, type ContactToken } from '../../src/styles/tokens.js';

/**
 * Tokens not used by any element yet: the elements that need them are being written. The test
 * fails once one of these is used, so entries are removed as they start to count and the list
 * only ever shrinks.
 */
const NOT_YET_USED: ReadonlySet<ContactToken> = new Set<ContactToken>([]);

const PRIVATE_DEFINITION = /(--_[a-z0-9-]+)\s*:/g;
const PRIVATE_USE = /var\(\s*(--_[a-z0-9-]+)/g;
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;

function matches(text: string, pattern: RegExp): Set<string> {
  return new Set([...text.matchAll(pattern)].map((match) => match[1]!));
}

/** Style modules every element builds on, counted even before an element imports them. */
const SHARED_STYLE_MODULES = [
  '/src/styles/base.ts',
  '/src/styles/tokens.ts',
  '/src/styles/controls.ts',
  '/src/elements/shared/avatar.ts',
  '/src/elements/shared/channel-icon.ts',
  '/src/elements/shared/field-error.ts',
  '/src/elements/shared/icons.ts',
  '/src/elements/shared/label-chip.ts',
  '/src/elements/shared/source-error.ts',
  '/src/elements/shared/status-badge.ts',
  '/src/elements/shared/time.ts',
];
const isSharedStyleModule = (path: string) => path.startsWith('/src/styles/') || path.startsWith('/src/elements/shared/');

/**
 * The source of every module under `src/` reachable from the public entry points (package.json
 * `exports` and `src/index.ts`) and the shared style modules, as the dev server serves it:
 * css`` literals stay as they are written.
 */
async function sourcesUnderSrc(): Promise<Map<string, string>> {
  const pkg = (await (await fetch('/package.json')).json()) as { exports: Record<string, unknown> };
  const roots = Object.values(pkg.exports)
    .map((entry) => (typeof entry === 'string' ? entry : (entry as { default?: string }).default))
    .map((path) => /^\.\/dist\/(.+)\.js$/.exec(path ?? '')?.[1])
    .filter((name): name is string => name !== undefined)
    .map((name) => `/src/${name}.ts`);
  const queue = ['/src/index.ts', ...SHARED_STYLE_MODULES, ...roots];
  const sources = new Map<string, string>();
  while (queue.length) {
    const path = queue.pop()!;
    if (sources.has(path)) continue;
    const response = await fetch(path);
    // A module that does not exist yet (an entry point someone is still writing) has no styles.
    const text = response.ok ? await response.text() : '';
    sources.set(path, text);
    for (const specifier of matches(text, IMPORT)) {
      const url = new URL(specifier, new URL(path, location.origin));
      if (url.pathname.startsWith('/src/')) queue.push(url.pathname);
    }
  }
  return sources;
}

describe('design tokens', () => {
  const defined = matches(tokens.cssText, PRIVATE_DEFINITION);

  it('defines one private token per public token, defaulting through var()', () => {
    expect(defined.size).to.equal(CONTACT_TOKENS.length);
    for (const token of CONTACT_TOKENS) {
      expect(tokens.cssText).to.contain(`${privateTokenName(token)}: var(${token}, `);
    }
  });

  it('uses no undefined token in the shared styles and parts', async () => {
    const sources = await sourcesUnderSrc();
    const styleSources = [...sources].filter(([path]) => isSharedStyleModule(path));
    expect(styleSources.map(([path]) => path)).to.include('/src/styles/base.ts');
    for (const [path, text] of styleSources) {
      for (const name of matches(text, PRIVATE_USE)) expect(defined, `${name} in ${path}`).to.include(name);
    }
    for (const name of matches(base.cssText, PRIVATE_USE)) expect(defined).to.include(name);
  });

  it('defines no token that nothing under src/ uses', async () => {
    const used = new Set<string>();
    for (const text of (await sourcesUnderSrc()).values()) for (const name of matches(text, PRIVATE_USE)) used.add(name);
    for (const token of CONTACT_TOKENS) {
      const name = privateTokenName(token);
      if (NOT_YET_USED.has(token)) {
        expect(used, `${name} is used now: remove it from NOT_YET_USED`).to.not.include(name);
      } else {
        expect(used, `${name} is defined but unused`).to.include(name);
      }
    }
  });
});

class TokenProbe extends LitElement {
  static override styles = [tokens];

  /** The computed colour a token resolves to inside the element. */
  color(token: ContactToken): [number, number, number] {
    const probe = document.createElement('span');
    probe.style.color = `var(${privateTokenName(token)})`;
    this.shadowRoot!.append(probe);
    const rgb = getComputedStyle(probe).color.match(/[\d.]+/g)!.map(Number);
    probe.remove();
    return [rgb[0]!, rgb[1]!, rgb[2]!];
  }
}
customElements.define('token-probe', TokenProbe);

function luminance([r, g, b]: [number, number, number]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const SURFACES: ContactToken[] = [
  '--contact-surface',
  '--contact-surface-raised',
  '--contact-surface-hover',
  '--contact-surface-selected',
];
const TEXT: ContactToken[] = [
  '--contact-text',
  '--contact-text-muted',
  '--contact-accent',
  '--contact-danger',
];
const CONTROLS: ContactToken[] = ['--contact-border-strong', '--contact-focus-ring'];

describe('token colours', () => {
  afterEach(() => document.documentElement.style.removeProperty('color-scheme'));

  for (const scheme of ['light', 'dark'] as const) {
    it(`meet WCAG AA in the ${scheme} scheme`, async () => {
      const el = await fixture<TokenProbe>(html`<token-probe style="color-scheme: ${scheme}"></token-probe>`);
      for (const surface of SURFACES) {
        for (const text of TEXT) {
          expect(contrast(el.color(text), el.color(surface)), `${text} on ${surface}`).to.be.at.least(4.5);
        }
        for (const control of CONTROLS) {
          expect(contrast(el.color(control), el.color(surface)), `${control} on ${surface}`).to.be.at.least(3);
        }
      }
      const accentText = contrast(el.color('--contact-accent-text'), el.color('--contact-accent'));
      expect(accentText, 'accent-text on accent').to.be.at.least(4.5);
      const dangerText = contrast(el.color('--contact-danger-text'), el.color('--contact-danger'));
      expect(dangerText, 'danger-text on danger').to.be.at.least(4.5);
    });
  }

  it('follow the page color-scheme, and an element can force dark', async () => {
    const el = await fixture<TokenProbe>(html`<token-probe></token-probe>`);
    expect(el.color('--contact-surface')).to.deep.equal([255, 255, 255]);
    document.documentElement.style.colorScheme = 'dark';
    expect(el.color('--contact-surface')).to.deep.equal([27, 29, 33]);
    document.documentElement.style.colorScheme = 'light';
    el.style.colorScheme = 'dark';
    expect(el.color('--contact-surface')).to.deep.equal([27, 29, 33]);
  });

  it('let a host override a token', async () => {
    const el = await fixture<TokenProbe>(html`<token-probe style="--contact-accent: rgb(1, 2, 3)"></token-probe>`);
    expect(el.color('--contact-accent')).to.deep.equal([1, 2, 3]);
  });
});
