/**
 * Evidence for the choice of NLP library (eval/README.md): actor recall and precision of
 * compromise's people() + organizations() against the gold actors, beside this project's rules,
 * with the same matching as the eval. Run: npx tsx eval/compare-nlp.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { draftDataset } from '../src/lib/draft/draft';
import { variantKey } from '../src/lib/draft/names';
import { loadGazetteer } from '../src/lib/gazetteer/gazetteer';
import { goldArticleText } from './run';
import { parseGold } from './score';

const gazetteer = await loadGazetteer();
const rows: string[] = [];
const totals = { compromise: { found: 0, right: 0, drafted: 0, ms: 0 }, rules: { found: 0, right: 0, drafted: 0, ms: 0 }, gold: 0 };
for (const file of readdirSync('eval/gold').filter((name) => name.endsWith('.yaml'))) {
	const gold = parseGold(readFileSync(`eval/gold/${file}`, 'utf8'));
	const text = goldArticleText(gold);
	const goldKeys = gold.actors.map((actor) => new Set([actor.name, ...(actor.aliases ?? [])].map(variantKey)));
	const score = (names: string[][]) => {
		const matched = new Set<number>();
		let right = 0;
		for (const aliases of names) {
			const index = goldKeys.findIndex((keys) => aliases.some((alias) => keys.has(variantKey(alias))));
			if (index >= 0 && !matched.has(index)) {
				matched.add(index);
				right++;
			}
		}
		return { found: matched.size, right, drafted: names.length };
	};
	let started = performance.now();
	const doc = nlp(text);
	const found = [...new Set([...doc.people().out('array'), ...doc.organizations().out('array')].map((name: string) => name.replace(/[.,;:'’s]+$/, '').trim()))];
	const compromiseMs = performance.now() - started;
	const c = score(found.map((name) => [name]));
	started = performance.now();
	const draft = draftDataset(text, { title: gold.title, publisher: 'x', url: null, published: gold.published }, gazetteer);
	const rulesMs = performance.now() - started;
	const r = score(draft.dataset.entities.map((entity) => [entity.name, ...entity.aliases]));
	totals.gold += gold.actors.length;
	for (const [key, value, ms] of [['compromise', c, compromiseMs], ['rules', r, rulesMs]] as const) {
		totals[key].found += value.found;
		totals[key].right += value.right;
		totals[key].drafted += value.drafted;
		totals[key].ms += ms;
	}
	rows.push(`${file.replace('.yaml', '').padEnd(28)} compromise R ${pct(c.found, gold.actors.length)} P ${pct(c.right, c.drafted)} | rules R ${pct(r.found, gold.actors.length)} P ${pct(r.right, r.drafted)}`);
}
function pct(part: number, whole: number) {
	return `${Math.round((100 * part) / Math.max(1, whole))}%`.padStart(4);
}
console.log(rows.join('\n'));
console.log(`TOTAL compromise: recall ${pct(totals.compromise.found, totals.gold)}, precision ${pct(totals.compromise.right, totals.compromise.drafted)}, ${Math.round(totals.compromise.ms)} ms`);
console.log(`TOTAL rules:      recall ${pct(totals.rules.found, totals.gold)}, precision ${pct(totals.rules.right, totals.rules.drafted)}, ${Math.round(totals.rules.ms)} ms (whole pipeline)`);
const build = 'node_modules/compromise/builds/compromise.js';
console.log(`compromise build: ${(statSync(build).size / 1024).toFixed(0)} kB, ${(gzipSync(readFileSync(build)).length / 1024).toFixed(0)} kB gzip`);
