/**
 * npm run validate [path ...]
 * Checks datasets (folders holding dataset.json and article.txt) with the same
 * validation the app uses. Default: every dataset under static/datasets.
 * Exits 1 if any dataset has a problem, printing each with its JSON path.
 * Warnings (what the validator accepts but questions) are printed too, and
 * leave the exit code at 0.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { formatProblem, validateDatasetFiles, validateDatasetIndex, type Problem } from '../src/lib/dataset/validate.ts';

const DEFAULT_ROOT = 'static/datasets';

function readIfPresent(path: string): string | null {
	return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/** A path may name a dataset folder, its dataset.json, or a folder of datasets. */
function datasetFolders(path: string): { folders: string[]; problems: Problem[] } {
	if (!existsSync(path)) return { folders: [], problems: [{ path, message: 'no such file or folder' }] };
	if (statSync(path).isFile()) return { folders: [dirname(path)], problems: [] };
	if (existsSync(join(path, 'dataset.json')) || existsSync(join(path, 'article.txt')))
		return { folders: [path], problems: [] };
	const folders = readdirSync(path)
		.map((name) => join(path, name))
		.filter((child) => statSync(child).isDirectory())
		.sort();
	if (folders.length === 0)
		return { folders, problems: [{ path, message: 'holds no dataset (no dataset.json and no dataset folders)' }] };
	return { folders, problems: [] };
}

/** The index must be valid and list exactly the dataset folders beside it, or the app would offer one that is not there. */
function indexProblems(root: string): Problem[] {
	const indexPath = join(root, 'index.json');
	if (!existsSync(indexPath)) return [];
	const result = validateDatasetIndex(readFileSync(indexPath, 'utf8'), indexPath);
	if (!result.ok) return result.problems;
	const listed = result.index.datasets.map((entry) => entry.slug);
	const folders = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory());
	return [
		...listed.filter((slug) => !folders.includes(slug)).map((slug) => ({ path: indexPath, message: `lists "${slug}", which has no folder` })),
		...folders.filter((slug) => !listed.includes(slug)).map((slug) => ({ path: indexPath, message: `does not list the folder "${slug}"` }))
	];
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

const targets = process.argv.slice(2);
let failed = false;
for (const target of targets.length > 0 ? targets : [DEFAULT_ROOT]) {
	const { folders, problems } = datasetFolders(target);
	if (existsSync(target) && statSync(target).isDirectory()) problems.push(...indexProblems(target));
	for (const problem of problems) {
		console.error(`✗ ${formatProblem(problem)}`);
		failed = true;
	}
	for (const folder of folders) {
		const slug = basename(resolve(folder));
		const result = validateDatasetFiles(
			{
				datasetJson: readIfPresent(join(folder, 'dataset.json')),
				articleText: readIfPresent(join(folder, 'article.txt'))
			},
			slug
		);
		const warnings = result.warnings.length > 0 ? `; ${count(result.warnings.length, 'warning')}` : '';
		if (result.ok) {
			const { entities, places, relations, quotes } = result.dataset;
			console.log(
				`✓ ${folder}: ${entities.length} entities, ${places.length} places, ${relations.length} relations, ${quotes.length} quotes${warnings}`
			);
			for (const warning of result.warnings) console.log(`  ⚠ ${formatProblem(warning)}`);
		} else {
			failed = true;
			console.error(`✗ ${folder}: ${count(result.problems.length, 'problem')}${warnings}`);
			for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
			for (const warning of result.warnings) console.error(`  ⚠ ${formatProblem(warning)}`);
		}
	}
}
process.exit(failed ? 1 : 0);
