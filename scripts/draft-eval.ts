/** `npm run draft:eval`: drafts every gold article (eval/gold) and prints the scores, per article and in total. */
import { validateDataset } from '../src/lib/dataset/validate';
import { addScores, headline } from '../eval/score';
import { runEval } from '../eval/run';

const verbose = process.argv.includes('--verbose');
const runs = await runEval();
const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(5);
const rows: string[][] = [['article', 'words', 'actor R', 'actor P', 'places', 'links+ev', 'pair P', 'types', 'stances', 'hedged→asserted', 'quotes ok', 'ms']];
for (const run of runs) {
	const h = headline(run.score);
	const valid = validateDataset(run.draft.dataset, run.draft.articleText, run.slug).ok;
	rows.push([
		run.slug,
		String(run.words),
		pct(h.actorRecall),
		pct(h.actorPrecision),
		pct(h.placesWithinTolerance),
		pct(h.linksFoundWithEvidence),
		pct(h.pairPrecision),
		pct(h.typesRight),
		pct(h.stancesRight),
		String(h.hedgedAsAsserted),
		valid && run.score.quotes.notVerbatim === 0 ? 'yes' : 'NO',
		String(Math.round(run.milliseconds))
	]);
	if (verbose) {
		console.log(`\n${run.slug}: missed places ${run.score.places.missed.join(', ') || '—'}`);
		for (const missed of run.score.links.missed) console.log(`  missed link: ${missed}`);
	}
}
const total = addScores(runs.map((run) => run.score));
const h = headline(total);
rows.push([
	'TOTAL',
	String(runs.reduce((sum, run) => sum + run.words, 0)),
	pct(h.actorRecall),
	pct(h.actorPrecision),
	pct(h.placesWithinTolerance),
	pct(h.linksFoundWithEvidence),
	pct(h.pairPrecision),
	pct(h.typesRight),
	pct(h.stancesRight),
	String(h.hedgedAsAsserted),
	runs.every((run) => run.score.quotes.notVerbatim === 0) ? 'yes' : 'NO',
	String(Math.round(runs.reduce((sum, run) => sum + run.milliseconds, 0)))
]);
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
console.log(
	`\nactors: ${total.actors.found}/${total.actors.gold} found, ${total.actors.correct}/${total.actors.drafted} drafted right (kinds right ${total.actors.kindsRight}); ` +
		`links: ${total.links.foundWithEvidence}/${total.links.gold} found with evidence, ${total.links.pairCorrect}/${total.links.drafted} drafted on a gold pair`
);
