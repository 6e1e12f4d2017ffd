// `npx vitest` from the project root: the test configuration lives in tests/.
export { default } from './tests/vitest.config.ts';
