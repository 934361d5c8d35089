import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { firstViewChunks } from './scripts/first-view-chunks';

export default defineConfig({
	plugins: [sveltekit(), firstViewChunks()],
	build: { sourcemap: process.env.ANALYZE === '1' },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The CLI and geodata tests start processes; a busy two-core machine needs more than the default 5 s.
		testTimeout: 30_000
	}
});
