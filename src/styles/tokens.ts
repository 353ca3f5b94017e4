/**
 * Design tokens: the public custom properties `--contact-*` a host sets to theme every element.
 *
 * Each element reads a private `--_x` copy (`--_surface: var(--contact-surface, <default>)`),
 * so a default is written once here and a host's value wins wherever it is set (the page, a
 * panel, one element). Colours are `light-dark()` pairs: they follow the `color-scheme` the
 * element inherits from the page (`color-scheme: light dark` lets the user's setting decide;
 * `color-scheme: dark` on an element forces dark). Text colours meet WCAG AA (4.5:1) on every
 * surface colour in both schemes; `border-strong` and `focus-ring` meet 3:1 for controls.
 */
import { unsafeCSS, type CSSResult } from 'lit';

export const CONTACT_TOKENS = [
  '--contact-surface',
  '--contact-surface-raised',
  '--contact-surface-hover',
  '--contact-surface-selected',
  '--contact-text',
  '--contact-text-muted',
  '--contact-border',
  '--contact-border-strong',
  '--contact-accent',
  '--contact-accent-text',
  '--contact-danger',
  '--contact-danger-text',
  '--contact-warning',
  '--contact-success',
  '--contact-focus-ring',
  '--contact-font-family',
  '--contact-font-size-s',
  '--contact-font-size-m',
  '--contact-font-size-l',
  '--contact-space-xs',
  '--contact-space-s',
  '--contact-space-m',
  '--contact-space-l',
  '--contact-space-xl',
  '--contact-radius',
  '--contact-row-height',
  '--contact-shadow',
] as const;
export type ContactToken = (typeof CONTACT_TOKENS)[number];

/** A colour for each scheme, or one value for both. */
export type TokenDefault = string | readonly [light: string, dark: string];

export const TOKEN_DEFAULTS: Readonly<Record<ContactToken, TokenDefault>> = {
  '--contact-surface': ['#ffffff', '#1b1d21'],
  /** Dialogs and popovers: lighter than the surface in the dark, where shadows do not show. */
  '--contact-surface-raised': ['#ffffff', '#25282e'],
  '--contact-surface-hover': ['#f1f3f6', '#2c3038'],
  '--contact-surface-selected': ['#e6efff', '#1e3357'],
  '--contact-text': ['#1b1d21', '#eceef2'],
  '--contact-text-muted': ['#5a6270', '#a3abb8'],
  /** Dividers and card outlines: decorative, low contrast on purpose. */
  '--contact-border': ['#dde1e7', '#353a43'],
  /** Outlines of inputs and controls: 3:1 against every surface (WCAG 1.4.11). */
  '--contact-border-strong': ['#7b8390', '#7d8593'],
  '--contact-accent': ['#0b5cd5', '#7aa7ff'],
  /** Text and icons on an accent background. */
  '--contact-accent-text': ['#ffffff', '#0b1220'],
  '--contact-danger': ['#b42318', '#ff8a80'],
  /** Text and icons on a danger background (a destructive button). */
  '--contact-danger-text': ['#ffffff', '#1f0805'],
  '--contact-warning': ['#8f5a00', '#f2c14e'],
  '--contact-success': ['#136c36', '#6fd08c'],
  '--contact-focus-ring': ['#0b5cd5', '#8fb6ff'],
  '--contact-font-family':
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  '--contact-font-size-s': '0.8125rem',
  '--contact-font-size-m': '0.875rem',
  '--contact-font-size-l': '1.125rem',
  '--contact-space-xs': '0.25rem',
  '--contact-space-s': '0.5rem',
  '--contact-space-m': '0.75rem',
  '--contact-space-l': '1rem',
  '--contact-space-xl': '1.5rem',
  '--contact-radius': '0.375rem',
  '--contact-row-height': '3.5rem',
  '--contact-shadow':
    '0 1px 2px light-dark(rgb(16 24 40 / 0.08), rgb(0 0 0 / 0.4)), ' +
    '0 6px 16px light-dark(rgb(16 24 40 / 0.14), rgb(0 0 0 / 0.55))',
};

/** `--contact-surface` → `--_surface`: the name elements use inside their styles. */
export function privateTokenName(token: ContactToken): `--_${string}` {
  return `--_${token.slice('--contact-'.length)}`;
}

function defaultValue(value: TokenDefault): string {
  return typeof value === 'string' ? value : `light-dark(${value[0]}, ${value[1]})`;
}

/**
 * Defines every `--_x` on `:host`. Built from the constants above (never from data), which is
 * why `unsafeCSS` is safe here.
 */
export const tokens: CSSResult = unsafeCSS(
  `:host {\n${CONTACT_TOKENS.map(
    (token) => `  ${privateTokenName(token)}: var(${token}, ${defaultValue(TOKEN_DEFAULTS[token])});`,
  ).join('\n')}\n}`,
);
