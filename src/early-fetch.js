/**
 * The workspace's data, asked for while its code downloads. The workspace learns which dataset
 * to open from its address (`/view/?dataset=…`), and its code only then fetches the dataset's
 * files; a small script at the top of every prerendered page (added by src/hooks.server.ts,
 * allowed by its hash in svelte.config.js's policy) asks for a built-in dataset's files at once,
 * as `<link rel="preload">`, so they are in the browser's memory when the code asks.
 * Only built-in datasets, and only the files the workspace reads (storage/first-visit.ts's
 * DATASET_FILES): anything else would be a request nobody uses, or a 404. The built-in corpus
 * (`/view/?corpus=all-built-in`) reads every built-in dataset, so its page asks for all of them.
 * Plain JavaScript: svelte.config.js imports it too.
 */

/** The files the workspace fetches for a built-in dataset. */
export const EARLY_FILES = ['dataset.json', 'article.txt', 'layout.json'];

/** The corpus of every built-in dataset (storage/library.ts's BUILT_IN_CORPUS_ID). */
export const BUILT_IN_CORPUS = 'all-built-in';

/** Where the build writes the built-in corpus's layout (scripts/build-layouts.ts), under /datasets/ (layout-sources.ts's corpusLayoutFile). */
export const BUILT_IN_CORPUS_LAYOUT = `${BUILT_IN_CORPUS}.layout.json`;

/**
 * The script's text, for the built-in datasets' slugs. A built-in dataset's workspace asks for
 * its three files; the built-in corpus's for every built-in dataset's text and, when the build
 * laid the corpus out (`corpusLayout`), for its layout.
 * @param {string[]} slugs
 * @param {boolean} [corpusLayout]
 * @returns {string}
 */
export function earlyFetchScript(slugs, corpusLayout = false) {
	const safe = slugs.filter((slug) => /^[a-z0-9][a-z0-9-]*$/.test(slug));
	return (
		`(function(){var builtIn=${JSON.stringify(safe)},files=${JSON.stringify(EARLY_FILES)},want=[];` +
		`if(!/^\\/view\\/?$/.test(location.pathname))return;` +
		`var address=new URLSearchParams(location.search),slug=address.get('dataset');` +
		`if(slug!==null){if(builtIn.indexOf(slug)<0)return;want=files.map(function(file){return slug+'/'+file})}` +
		`else if(address.get('corpus')===${JSON.stringify(BUILT_IN_CORPUS)}&&builtIn.length>1){builtIn.forEach(function(each){want.push(each+'/dataset.json',each+'/article.txt')});` +
		`${corpusLayout ? `want.push(${JSON.stringify(BUILT_IN_CORPUS_LAYOUT)})` : ''}}` +
		`want.forEach(function(file){var link=document.createElement('link');link.rel='preload';link.as='fetch';link.crossOrigin='anonymous';` +
		`link.href='/datasets/'+file;document.head.appendChild(link)})})()`
	);
}

/**
 * Puts the script right after the page's Content Security Policy (which must come before
 * anything it covers), or at the top of the head.
 * @param {string} html
 * @param {string} script
 * @returns {string}
 */
export function withEarlyFetch(html, script) {
	const tag = `<script>${script}</script>`;
	const policy = /<meta http-equiv="content-security-policy"[^>]*>/i.exec(html);
	if (policy) return html.slice(0, policy.index + policy[0].length) + tag + html.slice(policy.index + policy[0].length);
	return html.replace(/<head>/i, (head) => head + tag);
}
