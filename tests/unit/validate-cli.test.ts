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

/** A copy of the seed in a fresh folder, its dataset.json changed by `edit`. */
function seedCopy(edit: (json: any) => void = () => {}): string {
	const folder = join(mkdtempSync(join(tmpdir(), 'threadboard-validate-')), 'copy');
	cpSync(SEED, folder, { recursive: true });
	const json = JSON.parse(readFileSync(join(folder, 'dataset.json'), 'utf8'));
	edit(json);
	writeFileSync(join(folder, 'dataset.json'), JSON.stringify(json, null, '\t'));
	return folder;
}

// Each case starts the command in its own process: on a busy machine that alone can take seconds.
describe('npm run validate', { timeout: 60_000 }, () => {
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

	it('reads files that start with a byte-order mark, as the app does', () => {
		const root = mkdtempSync(join(tmpdir(), 'threadboard-validate-'));
		const folder = join(root, 'haqqani-al-qaeda-joint-unit');
		cpSync(SEED, folder, { recursive: true });
		for (const file of ['dataset.json', 'article.txt'])
			writeFileSync(join(folder, file), `\uFEFF${readFileSync(join(folder, file), 'utf8')}`);
		writeFileSync(join(root, 'index.json'), `\uFEFF${JSON.stringify({ datasets: [{ slug: 'haqqani-al-qaeda-joint-unit', title: 'Seed' }] })}`);
		const { code, out } = validate(root);
		expect(out).toMatch(/✓ .*haqqani-al-qaeda-joint-unit: 17 entities, 6 places, 25 relations, 25 quotes\n/);
		expect(code).toBe(0);
	});

	it('lists schema, id and quote problems in one run', () => {
		const folder = seedCopy((json) => {
			json.entities[0].kind = 'militia';
			json.entities[5].id = json.entities[4].id;
			json.relations[2].evidence[0] = 'q-nowhere';
			json.entities[3].evidence = ['q-joint-team', 'q-joint-team'];
		});
		const { code, out } = validate(folder);
		expect(code).toBe(1);
		// The renamed actor leaves its links dangling: a fifth problem.
		expect(out).toMatch(/✗ .*copy: 5 problems/);
		expect(out).toMatch(/entities\[0\]\.kind: must be one of/);
		expect(out).toContain('entities[5].id: id "other-terrorist-groups" is already used at entities[4].id');
		expect(out).toContain('relations[2].evidence[0]: quote "q-nowhere" does not exist');
		expect(out).toContain('entities[3].evidence[1]: quote "q-joint-team" is already cited at entities[3].evidence[0]');
	});

	it('prints warnings and exits 0 when there is nothing to refuse', () => {
		const folder = seedCopy((json) => {
			json.entities[3].name = 'Тaliban'; // Cyrillic Т
		});
		const { code, out } = validate(folder);
		expect(code).toBe(0);
		expect(out).toMatch(/✓ .*copy: 17 entities, 6 places, 25 relations, 25 quotes; 1 warning\n/);
		expect(out).toContain('  ⚠ entities[3].name: "Тaliban" looks like entities[2].name ("Taliban")');
	});

	it('refuses hostile text and a javascript: address', () => {
		const folder = seedCopy((json) => {
			json.entities[0].name = 'Haqqani\u202E Network';
			json.entities[1].aliases = ['\u200B'];
			json.article.url = 'javascript:alert(1)';
		});
		const { code, out } = validate(folder);
		expect(code).toBe(1);
		expect(out).toContain('entities[0].name: contains the direction control U+202E');
		expect(out).toContain('entities[1].aliases[0]: has no visible characters');
		expect(out).toContain('article.url: must be an http or https address, not javascript:');
	});

	it('checks the index against the schema', () => {
		const root = mkdtempSync(join(tmpdir(), 'threadboard-validate-'));
		cpSync(SEED, join(root, 'haqqani-al-qaeda-joint-unit'), { recursive: true });
		writeFileSync(join(root, 'index.json'), JSON.stringify({ datasets: [{ slug: 'haqqani-al-qaeda-joint-unit', title: '' }] }));
		const { code, out } = validate(root);
		expect(code).toBe(1);
		expect(out).toMatch(/index\.json datasets\[0\]\.title: must not be empty/);
	});
});
