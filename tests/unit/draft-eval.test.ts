/**
 * A regression floor on the drafting eval (npm run draft:eval prints the real figures):
 * set well below what the pipeline achieves, so it catches a breakage, not a small drift.
 */
import { describe, expect, it } from 'vitest';
import { runEval } from '../../eval/run';
import { addScores, headline } from '../../eval/score';

describe('drafting eval on the gold annotations', async () => {
	const runs = await runEval();
	// (runEval takes a few seconds: it drafts every gold article.)
	const total = headline(addScores(runs.map((run) => run.score)));

	it('drafts every gold article', () => {
		expect(runs.length).toBeGreaterThanOrEqual(5);
	});

	it('stays above the regression floor', () => {
		expect(total.actorRecall).toBeGreaterThanOrEqual(0.8);
		expect(total.actorPrecision).toBeGreaterThanOrEqual(0.75);
		expect(total.placesWithinTolerance).toBeGreaterThanOrEqual(0.8);
		expect(total.linksFoundWithEvidence).toBeGreaterThanOrEqual(0.65);
		expect(total.pairPrecision).toBeGreaterThanOrEqual(0.65);
		expect(total.typesRight).toBeGreaterThanOrEqual(0.8);
	});

	it('drafts no hedged or denied claim as asserted, and every quote verbatim', () => {
		expect(total.hedgedAsAsserted).toBe(0);
		for (const run of runs) expect(run.score.quotes.notVerbatim).toBe(0);
	});
});
