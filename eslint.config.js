import js from '@eslint/js'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

/**
 * The folders of `src/` in import order: a folder imports only folders listed before it, so no
 * import cycle can run between folders (`import-x/no-cycle` covers files within one). The
 * pipeline reads model → compile → search → api → cli; checklist and diff sit before api because
 * the API serves checklists and the change feed, serve (reload state) before api for the same
 * reason, and ui after api because the browser client shares the API's view types.
 * docs/development.md explains the order.
 */
const LAYERS = [
  'support',
  'model',
  'compile',
  'scope',
  'search',
  'checklist',
  'diff',
  'serve',
  'api',
  'ui',
  'cli',
]

/** Folders whose files others may import directly: support has no API of its own; model's files are its types. */
const OPEN_LAYERS = new Set(['support', 'model'])

/** Internals one folder may reach beyond another's index.ts, and why. */
const INDEX_EXCEPTIONS = {
  // The browser client type-checks without Node types, so it cannot load the API's index.
  ui: { api: ['./views'] },
}

const order = LAYERS.join(' → ')
const layerZones = LAYERS.flatMap((layer, i) => {
  const later = LAYERS.slice(i + 1)
  const laterZone =
    later.length === 0
      ? []
      : [
          {
            target: `./src/${layer}`,
            from: later.map((l) => `./src/${l}`),
            message: `src/${layer} may import only folders before it (${order}).`,
          },
        ]
  const indexZones = LAYERS.slice(0, i)
    .filter((earlier) => !OPEN_LAYERS.has(earlier))
    .map((earlier) => ({
      target: `./src/${layer}`,
      from: `./src/${earlier}`,
      except: ['./index.ts', ...(INDEX_EXCEPTIONS[layer]?.[earlier] ?? [])],
      message: `Import src/${earlier} through its index.ts (its public API).`,
    }))
  return [...laterZone, ...indexZones]
})

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'interface'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver()],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
)
