import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { parseXmlStrictly } from '../fixtures/strict-xml';
import { openApp } from './helpers';

const SEED = 'haqqani-al-qaeda-joint-unit';
const dataset = JSON.parse(readFileSync(`static/datasets/${SEED}/dataset.json`, 'utf8'));
const funding = dataset.relations.filter((relation: { type: string }) => relation.type === 'funding');
const fundingActors = new Set(funding.flatMap((relation: { source: string; target: string }) => [relation.source, relation.target]));

async function download(page: Page, item: string): Promise<{ name: string; body: Buffer }> {
	await page.getByText('Export', { exact: true }).click();
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item, exact: true }).click()]);
	return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
}

test('the filtered view exports as GEXF, GraphML and CSV with only what it shows, and the dataset as a bundle', async ({ page }) => {
	await openApp(page, '/?types=funding');
	await expect(page.locator('.workspace [data-relation-id]')).toHaveCount(funding.length);

	const gexf = await download(page, 'This view for Gephi (GEXF)');
	expect(gexf.name).toBe(`${SEED}.gexf`);
	const gexfDocument = parseXmlStrictly(gexf.body.toString('utf8'));
	expect(gexfDocument.getElementsByTagName('edge')).toHaveLength(funding.length);
	expect(gexfDocument.getElementsByTagName('node')).toHaveLength(fundingActors.size);
	// Positions from the graph on screen, so Gephi opens it as drawn.
	expect(gexfDocument.getElementsByTagName('viz:position')).toHaveLength(fundingActors.size);

	const graphml = await download(page, 'This view as GraphML');
	expect(graphml.name).toBe(`${SEED}.graphml`);
	const graphmlDocument = parseXmlStrictly(graphml.body.toString('utf8'));
	expect(graphmlDocument.getElementsByTagName('edge')).toHaveLength(funding.length);
	expect(graphmlDocument.getElementsByTagName('node')).toHaveLength(fundingActors.size);

	const csv = await download(page, 'This view as CSV tables (zip)');
	expect(csv.name).toBe(`${SEED}-csv.zip`);
	const files = unzipSync(new Uint8Array(csv.body));
	const edges = Papa.parse<Record<string, string>>(strFromU8(files[`${SEED}-edges.csv`]!), { header: true, skipEmptyLines: true });
	expect(edges.data.map((row) => row.id)).toEqual(funding.map((relation: { id: string }) => relation.id));
	expect(edges.data.every((row) => row.relation_type === 'funding' && row.quotes!.length > 0)).toBe(true);
	const nodes = Papa.parse<Record<string, string>>(strFromU8(files[`${SEED}-nodes.csv`]!), { header: true, skipEmptyLines: true });
	expect(new Set(nodes.data.map((row) => row.id))).toEqual(fundingActors);

	const bundle = await download(page, 'Dataset (bundle .json)');
	expect(bundle.name).toBe(`${SEED}-dataset.json`);
	const json = JSON.parse(bundle.body.toString('utf8'));
	expect(json.format).toBe('threadboard-dataset');
	expect(json.id).toBe(SEED);
	expect(json.article.text).toBe(readFileSync(`static/datasets/${SEED}/article.txt`, 'utf8'));
	// The bundle is the whole dataset, not the filtered view.
	expect(json.relations).toHaveLength(dataset.relations.length);
});

test('exports of a presented slide are named after the slide', async ({ page }) => {
	await openApp(page, '/?actor=haqqani-network&types=joint-operation,funding');
	await page.getByRole('button', { name: /^Slides \(/ }).click();
	await page.getByRole('button', { name: 'Add this view as a slide' }).click();
	await page.getByRole('textbox', { name: 'Title of slide 1' }).fill('The joint unit, as the US document tells it');
	await page.getByRole('textbox', { name: 'Title of slide 1' }).blur();
	await page.getByRole('button', { name: 'Open slide 1' }).click();
	await page.getByRole('button', { name: 'Close the slides panel' }).click();
	const expected = `${SEED}-the-joint-unit-as-the-us-document-tells-it`;
	expect((await download(page, 'This view as SVG')).name).toBe(`${expected}.svg`);
	expect((await download(page, 'This view as GraphML')).name).toBe(`${expected}.graphml`);
});
