import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS, MAX_ID_LENGTH } from '../../src/lib/dataset/schema';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('### Limits and rules'), readme.indexOf('### Validating a dataset'));

describe('the README’s limits', () => {
	it('state every number the validator enforces', () => {
		expect(section).toContain(`at most **${MAX_ID_LENGTH} characters**`);
		for (const [name, limit] of Object.entries(LIMITS)) expect(section, name).toContain(limit.toLocaleString('en'));
	});
});
