import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const SEED = join(ROOT, 'static/datasets/haqqani-al-qaeda-joint-unit');

function validate(...paths: string[]): { code: number; out: string } {
	try {
		const out = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/validate.ts'), ...paths], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
		return { code: 0, out };
	} catch (error) {
		const failure = error as { status: number; stdout: string; stderr: string };
		return { code: failure.status, out: failure.stdout + failure.stderr };
	}
}

describe('npm run validate', () => {
	it('passes the seed with a one-line summary', () => {
		const { code, out } = validate(SEED);
		expect(code).toBe(0);
		expect(out).toMatch(/✓ .*haqqani-al-qaeda-joint-unit: 17 entities, 6 places, 25 relations, 25 quotes/);
	});

	it('prints every problem with its path and exits 1, never a stack trace', () => {
		const folder = mkdtempSync(join(tmpdir(), 'threadboard-validate-'));
		const broken = join(folder, 'broken');
		cpSync(SEED, broken, { recursive: true });
		const json = JSON.parse(readFileSync(join(broken, 'dataset.json'), 'utf8'));
		json.relations[4].evidence[1] = 'q19';
		json.places[0].coordinates = [200, 0];
		writeFileSync(join(broken, 'dataset.json'), JSON.stringify(json));
		const { code, out } = validate(broken);
		expect(code).toBe(1);
		expect(out).toContain('places[0].coordinates[0]: longitude must be at most 180');
		expect(out).not.toMatch(/at .*\.ts:\d+/);
	});

	it('explains malformed JSON, a missing file and an empty folder', () => {
		const folder = mkdtempSync(join(tmpdir(), 'threadboard-validate-'));
		const malformed = join(folder, 'malformed');
		mkdirSync(malformed);
		writeFileSync(join(malformed, 'dataset.json'), '{ "article": ');
		const empty = join(folder, 'empty');
		mkdirSync(empty);
		const { code, out } = validate(malformed, empty, join(folder, 'nowhere'));
		expect(code).toBe(1);
		expect(out).toContain('dataset.json: is not valid JSON');
		expect(out).toContain('article.txt: file is missing');
		expect(out).toMatch(/empty: holds no dataset/);
		expect(out).toMatch(/nowhere: no such file or folder/);
	});

	it('checks that the index lists exactly the dataset folders', () => {
		const folder = mkdtempSync(join(tmpdir(), 'threadboard-validate-'));
		cpSync(SEED, join(folder, 'haqqani-al-qaeda-joint-unit'), { recursive: true });
		writeFileSync(join(folder, 'index.json'), JSON.stringify({ datasets: [{ slug: 'ghost', title: 'Ghost' }] }));
		const { code, out } = validate(folder);
		expect(code).toBe(1);
		expect(out).toContain('lists "ghost", which has no folder');
		expect(out).toContain('does not list the folder "haqqani-al-qaeda-joint-unit"');
	});
});
