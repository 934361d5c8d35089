// Last step of `npm run build`: the single-file app (build-single/threadboard.html, from
// `npm run build:single`) becomes /briefing-template.html, which the app fetches to make a
// downloadable briefing (src/lib/briefing/briefing-html.ts). It runs after `vite build`,
// because adapter-static empties build/ first. Two copies, because the site is served from
// two places: build/ (adapter-static's output, what gets deployed) and
// .svelte-kit/output/client/ (what `npm run preview`, SvelteKit's preview server, serves).
import { copyFileSync, existsSync, statSync } from 'node:fs';

const from = 'build-single/threadboard.html';
const targets = [
	{ dir: 'build', what: 'adapter-static output' },
	{ dir: '.svelte-kit/output/client', what: 'served by `npm run preview`' }
];

if (!existsSync(from)) {
	console.error(`${from} is missing: run \`npm run build:single\` first (\`npm run build\` does both).`);
	process.exit(1);
}
for (const { dir } of targets)
	if (!existsSync(dir)) {
		console.error(`${dir}/ is missing: run \`vite build\` first (\`npm run build\` does both).`);
		process.exit(1);
	}
for (const { dir, what } of targets) {
	const to = `${dir}/briefing-template.html`;
	copyFileSync(from, to);
	console.log(`${to}: ${(statSync(to).size / 1024).toFixed(0)} kB, the single-file briefing template (${what})`);
}
