/**
 * Drafts every gold article and scores the drafts: the code behind `npm run draft:eval`
 * and the regression-floor unit test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftDataset, type DraftResult } from '../src/lib/draft/draft';
import { loadGazetteer } from '../src/lib/gazetteer/gazetteer';
import { readArticleFile, articleText } from '../scripts/draft/read-article';
import { parseGold, scoreDraft, type Gold, type Score } from './score';

export interface ArticleRun {
	slug: string;
	gold: Gold;
	draft: DraftResult;
	score: Score;
	milliseconds: number;
	words: number;
}

export function goldArticleText(gold: Gold, root = '.'): string {
	const path = join(root, gold.article);
	if (path.endsWith('article.txt')) return readFileSync(path, 'utf8');
	const read = readArticleFile(path, 'https://home.treasury.gov');
	return articleText(read.title ?? gold.title, read.body);
}

export async function runEval(root = '.'): Promise<ArticleRun[]> {
	const gazetteer = await loadGazetteer();
	const folder = join(root, 'eval/gold');
	const runs: ArticleRun[] = [];
	for (const file of readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort()) {
		const gold = parseGold(readFileSync(join(folder, file), 'utf8'));
		const text = goldArticleText(gold, root);
		const started = performance.now();
		const draft = draftDataset(text, { title: gold.title, publisher: gold.publisher, url: null, published: gold.published }, gazetteer);
		const milliseconds = performance.now() - started;
		runs.push({ slug: file.replace(/\.yaml$/, ''), gold, draft, score: scoreDraft(gold, draft.dataset, text), milliseconds, words: text.split(/\s+/).length });
	}
	return runs;
}
