// ESLint as the Astro ecosystem configures it (flat config): JavaScript's and
// typescript-eslint's recommended rules, and eslint-plugin-astro's for components.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'content/**/*.schema.json'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/scripts/**', 'src/components/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Code handed to page.evaluate runs in the browser.
    files: ['scripts/screenshots.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The validator looks for control characters in content on purpose.
    files: ['src/lib/content/validate/**'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // Tests edit parsed fixtures of any shape.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
