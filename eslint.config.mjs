import studio from '@sanity/eslint-config-studio'

export default [
  {ignores: ['node_modules/', 'dist/', '.sanity/', '.local/', 'test-results/']},
  ...studio,
  {
    // Written by `npm run typegen`: its `declare module` augmentation is an empty interface.
    files: ['types/sanity.types.ts'],
    rules: {'typescript/no-empty-object-type': 'off'},
  },
]
