/**
 * Writes a built-in dataset from a reviewed annotation: the pipeline's draft of an article
 * checked item by item against the article and corrected into the offset-free gold format
 * (eval/gold/*.yaml, with analyst summaries). Quotes are anchored here; places get their
 * map features from the gazetteer. Usage: npx tsx scripts/draft/publish-reviewed.ts GOLD.yaml SLUG
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { anchorAt } from '../../src/lib/dataset/anchor';
import type { DatasetJson, Entity, Place, Relation } from '../../src/lib/dataset/schema';
import { validateDataset, formatProblem } from '../../src/lib/dataset/validate';
import { loadGazetteer } from '../../src/lib/gazetteer/gazetteer';
import { locateSnippets } from '../../eval/score';
import { goldArticleText } from '../../eval/run';

const [goldPath, slug] = process.argv.slice(2);
if (!goldPath || !slug) throw new Error('usage: publish-reviewed.ts GOLD.yaml SLUG');
const gold = parseYaml(readFileSync(goldPath, 'utf8'));
const text = goldArticleText(gold);
const gazetteer = await loadGazetteer();
const id = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const quotes: DatasetJson['quotes'] = [];
function cite(snippet: string, near = 0): string {
	const spans = locateSnippets(text, [snippet]);
	if (spans.length === 0) throw new Error(`not in the article: ${snippet}`);
	const span = spans.reduce((best, at) => (Math.abs(at.start - near) < Math.abs(best.start - near) ? at : best));
	const known = quotes.find((quote) => quote.start === span.start && quote.end === span.end);
	if (known) return known.id;
	const quote = { id: `q${quotes.length + 1}`, exact: text.slice(span.start, span.end), ...anchorAt(text, span.start, span.end) };
	quotes.push(quote);
	return quote.id;
}
const inWord = (at: number) => at > 0 && at < text.length && /[\p{L}\p{N}]/u.test(text[at - 1]!) && /[\p{L}\p{N}]/u.test(text[at]!);
/**
 * The clause around a name's first use in the body (after the headline), at most about 90
 * characters before it and 110 after, and always whole words: where a limit falls inside a
 * word, the quote stops at the word before it (a quote cut mid-word reads as a misquote).
 */
function around(names: string[]): string {
	const body = text.indexOf('\n');
	for (const name of names) {
		const at = text.indexOf(name, body);
		if (at < 0) continue;
		let start = at;
		while (start > 0 && !/[.;:\n]/.test(text[start - 1]!) && at - start < 90) start--;
		while (start < at && inWord(start)) start++;
		let end = at + name.length;
		while (end < text.length && !/[.;\n]/.test(text[end]!) && end - at < 110) end++;
		while (end > at + name.length && inWord(end)) end--;
		return text.slice(start, end).trim().replace(/^[,;:–—\-\s]+|[,;:–—\-\s]+$/g, '');
	}
	throw new Error(`no use of ${names[0]} in the body`);
}

const entities: Entity[] = gold.actors.map((actor: { name: string; aliases?: string[]; kind: Entity['kind']; summary: string; evidence?: string[] }) => ({
	id: id(actor.name),
	name: actor.name,
	aliases: actor.aliases ?? [],
	kind: actor.kind,
	summary: actor.summary,
	plural: false,
	places: [],
	evidence: (actor.evidence ?? [around([actor.name, ...(actor.aliases ?? [])])]).map((snippet) => cite(snippet))
}));
const places: Place[] = [];
for (const place of gold.places.filter((item: { coordinates: unknown }) => item.coordinates)) {
	const found = gazetteer.lookup(place.name, { kind: place.kind })[0] ?? gazetteer.lookup(place.name)[0];
	const coordinates: [number, number] = found && found.kind === place.kind ? found.coordinates : place.coordinates;
	places.push({
		id: `${id(place.name)}${entities.some((entity) => entity.id === id(place.name)) ? '-place' : ''}`,
		name: place.name,
		kind: place.kind,
		coordinates,
		...(found?.boundary && found.kind === place.kind ? { boundary: found.boundary } : {}),
		note: found && found.kind === place.kind ? `Coordinates from the offline gazetteer (GeoNames: ${found.name}).` : 'Approximate coordinates, checked by hand.',
		evidence: [cite(around([place.name, ...(place.aliases ?? [])]))]
	});
}
const byName = new Map(entities.map((entity) => [entity.name, entity.id]));
const relations: Relation[] = gold.links.map((link: { source: string; target: string; type: Relation['type']; stance: Relation['stance']; asserter: string | null; date: string | number | null; evidence: string[]; summary: string; directed?: boolean; dateNote?: string }, index: number) => {
	const source = byName.get(link.source)!;
	const target = byName.get(link.target)!;
	let relationId = `${source}-${link.type.replace(/\s+/g, '-')}-${target}`;
	if (gold.links.slice(0, index).some((other: { source: string; target: string; type: string }) => `${byName.get(other.source)}-${other.type.replace(/\s+/g, '-')}-${byName.get(other.target)}` === relationId)) relationId += `-${index}`;
	return {
		id: relationId,
		source,
		target,
		type: link.type,
		directed: link.directed ?? !['cooperation', 'joint operation', 'agreement', 'family tie'].includes(link.type),
		stance: link.stance,
		assertedBy: link.asserter ? byName.get(link.asserter)! : null,
		date: link.date === null ? null : String(link.date),
		...(link.dateNote ? { dateNote: link.dateNote } : {}),
		places: [],
		summary: link.summary,
		evidence: link.evidence.map((snippet) => cite(snippet))
	};
});
const dataset: DatasetJson = {
	article: {
		title: gold.title,
		publisher: gold.publisher,
		url: gold.url ?? null,
		published: gold.published === null ? null : String(gold.published),
		note: gold.note
	},
	entities,
	places,
	relations,
	quotes
};
const cut = quotes.filter((quote) => inWord(quote.start) || inWord(quote.end));
if (cut.length > 0) throw new Error(`quotes that cut a word: ${cut.map((quote) => `${quote.id} “${quote.exact}”`).join('; ')}`);
const checked = validateDataset(dataset, text, slug);
if (!checked.ok) throw new Error(checked.problems.map(formatProblem).join('\n'));
const folder = join('static/datasets', slug);
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, 'article.txt'), text);
writeFileSync(join(folder, 'dataset.json'), `${JSON.stringify(dataset, null, '\t')}\n`);
console.log(`✓ ${folder}: ${entities.length} actors, ${places.length} places, ${relations.length} links, ${quotes.length} quotes`);
