import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { existsSync, readFileSync } from 'node:fs';
import { firstViewChunks } from './scripts/first-view-chunks';

/** The built-in files `npm run layouts` checked (src/lib/dataset/checked-at-build.ts); none in unit tests, which pass their own. */
function checkedAtBuild(): string[] {
	const file = 'static/datasets/checked.json';
	if (process.env.VITEST || !existsSync(file)) return [];
	const keys: unknown = JSON.parse(readFileSync(file, 'utf8'));
	return Array.isArray(keys) ? keys.filter((key): key is string => typeof key === 'string' && /^[0-9a-f]{64}$/.test(key)) : [];
}

export default defineConfig({
	plugins: [sveltekit(), firstViewChunks()],
	define: { __CHECKED_AT_BUILD__: JSON.stringify(checkedAtBuild()) },
	build: { sourcemap: process.env.ANALYZE === '1' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The CLI and geodata tests start processes; a busy two-core machine needs more than the default 5 s.
		testTimeout: 30_000
	}
});
