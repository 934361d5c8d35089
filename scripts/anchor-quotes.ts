/**
 * Fills in or repairs the offsets, prefix and suffix of every quote in a
 * dataset from its `exact` text. Run after editing quotes by hand:
 *   npx tsx scripts/anchor-quotes.ts static/datasets/<slug>
 * A quote whose offsets already hold its text is kept where it is, so repeated
 * phrases stay on the occurrence the author chose.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorAt, anchorQuote } from '../src/lib/dataset/anchor.ts';

const folder = process.argv[2];
if (!folder) {
	console.error('usage: npx tsx scripts/anchor-quotes.ts static/datasets/<slug>');
	process.exit(2);
}
const articleText = readFileSync(join(folder, 'article.txt'), 'utf8');
const datasetPath = join(folder, 'dataset.json');
const dataset = JSON.parse(readFileSync(datasetPath, 'utf8')) as {
	quotes: { id: string; start?: number; end?: number; exact: string; prefix?: string; suffix?: string }[];
};

let failed = false;
dataset.quotes = dataset.quotes.map((quote) => {
	const { id, exact } = quote;
	const alreadyAnchored =
		typeof quote.start === 'number' && articleText.slice(quote.start, quote.start + exact.length) === exact;
	try {
		const anchor = alreadyAnchored
			? anchorAt(articleText, quote.start!, quote.start! + exact.length)
			: anchorQuote(articleText, exact, quote.start || undefined);
		return { id, start: anchor.start, end: anchor.end, exact, prefix: anchor.prefix, suffix: anchor.suffix };
	} catch (error) {
		failed = true;
		console.error(`quote "${id}": ${(error as Error).message}`);
		return quote;
	}
});
writeFileSync(datasetPath, JSON.stringify(dataset, null, '\t') + '\n');
console.log(`${dataset.quotes.length} quotes anchored in ${datasetPath}`);
if (failed) process.exit(1);
