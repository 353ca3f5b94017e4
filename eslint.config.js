// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import litPlugin from 'eslint-plugin-lit';
import wcPlugin from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'node_modules/', 'src/i18n/locales/', 'custom-elements.json'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wcPlugin.configs['flat/best-practice'],
  litPlugin.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser },
    },
    settings: {
      wc: { elementBaseClasses: ['LitElement'] },
    },
    rules: {
      // Every element extends LitElement, which implements all lifecycle callbacks: the guard
      // the rule asks for (`super.connectedCallback?.()`) would only hide real mistakes.
      'wc/guard-super-call': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Untrusted customer data must never become markup (DESIGN.md): no escape hatches in src.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Customer data is text only.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Customer data is text only.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Customer data is text only: use Lit templates.' },
        { property: 'outerHTML', message: 'Customer data is text only: use Lit templates.' },
        { property: 'insertAdjacentHTML', message: 'Customer data is text only: use Lit templates.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'wc/no-constructor-attributes': 'off',
    },
  },
  {
    files: ['scripts/**', 'bench/**/*.mjs', 'demo/server/**', '*.config.*', '.storybook/**', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
);
