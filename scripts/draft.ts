/**
 * npm run draft -- ARTICLE_FILE --out DIR [--title T] [--publisher P] [--date YYYY-MM-DD] [--url U]
 * Drafts a dataset from an article (.txt: first line the title unless --title; .md; .html)
 * with the same pipeline the app runs in its worker, and writes DIR/article.txt,
 * DIR/dataset.json (always valid) and DIR/candidates.json (confidence and cue per item).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PARTIAL_DATE_PATTERN } from '../src/lib/dataset/schema';
import { validateDataset, formatProblem } from '../src/lib/dataset/validate';
import { draftDataset } from '../src/lib/draft/draft';
import { loadGazetteer } from '../src/lib/gazetteer/gazetteer';
import { articleText, readArticleFile } from './draft/read-article';

const USAGE = 'usage: npm run draft -- ARTICLE_FILE --out DIR [--title T] [--publisher P] [--date YYYY-MM-DD] [--url U]';

function fail(message: string): never {
	console.error(`✗ ${message}\n${USAGE}`);
	process.exit(1);
}

const args = process.argv.slice(2);
const options: Record<string, string> = {};
const files: string[] = [];
for (let at = 0; at < args.length; at++) {
	const arg = args[at]!;
	if (arg.startsWith('--')) {
		const name = arg.slice(2);
		if (!['out', 'title', 'publisher', 'date', 'url'].includes(name)) fail(`unknown option ${arg}`);
		const value = args[++at];
		if (value === undefined) fail(`${arg} needs a value`);
		options[name] = value;
	} else files.push(arg);
}
if (files.length !== 1) fail(files.length === 0 ? 'no article file given' : 'give one article file');
if (!options.out) fail('--out DIR is required');
if (options.date && !PARTIAL_DATE_PATTERN.test(options.date)) fail(`--date "${options.date}" must be YYYY, YYYY-MM or YYYY-MM-DD`);
if (options.url) {
	try {
		new URL(options.url);
	} catch {
		fail(`--url "${options.url}" is not a URL`);
	}
}

let read;
try {
	read = readArticleFile(files[0]!);
} catch (error) {
	fail(`${files[0]}: ${error instanceof Error ? error.message : String(error)}`);
}
const title = options.title ?? read.title;
if (!title) fail(`${files[0]}: no title found; give one with --title`);
const text = articleText(title, read.body);
const url = options.url ?? (read.url && /^https?:/.test(read.url) ? read.url : null);
const meta = {
	title,
	publisher: options.publisher ?? read.publisher ?? 'Unknown publisher',
	url,
	published: options.date ?? read.published,
	note: `Drafted automatically by Threadboard from ${files[0]!.split('/').at(-1)}; every item awaits an analyst’s review.`
};

const started = performance.now();
const gazetteer = await loadGazetteer();
const result = draftDataset(text, meta, gazetteer);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const checked = validateDataset(result.dataset, result.articleText, 'draft');
if (!checked.ok) fail(`the draft did not validate (a bug): ${checked.problems.map(formatProblem).join('; ')}`);

mkdirSync(options.out, { recursive: true });
writeFileSync(join(options.out, 'article.txt'), result.articleText);
writeFileSync(join(options.out, 'dataset.json'), `${JSON.stringify(result.dataset, null, '\t')}\n`);
writeFileSync(join(options.out, 'candidates.json'), `${JSON.stringify({ candidates: result.candidates, dropped: result.dropped }, null, '\t')}\n`);
const { entities, places, relations, quotes } = result.dataset;
const stances = relations.reduce<Record<string, number>>((counts, relation) => ({ ...counts, [relation.stance]: (counts[relation.stance] ?? 0) + 1 }), {});
console.log(
	`✓ ${options.out}: ${entities.length} actors, ${places.length} places, ${relations.length} links (${Object.entries(stances).map(([stance, n]) => `${n} ${stance}`).join(', ') || 'none'}), ${quotes.length} quotes in ${seconds} s` +
		(result.dropped.length ? `; ${result.dropped.length} dropped without a quote` : '')
);
