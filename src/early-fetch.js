/**
 * The workspace's data, asked for while its code downloads. The workspace learns which dataset
 * to open from its address (`/view/?dataset=…`), and its code only then fetches the dataset's
 * files; a small script at the top of every prerendered page (added by src/hooks.server.ts,
 * allowed by its hash in svelte.config.js's policy) asks for a built-in dataset's files at once,
 * as `<link rel="preload">`, so they are in the browser's memory when the code asks.
 * Only built-in datasets, and only the files the workspace reads (storage/first-visit.ts's
 * DATASET_FILES): anything else would be a request nobody uses, or a 404. The built-in corpus
 * (`/view/?corpus=all-built-in`) reads every built-in dataset, so its page asks for all of them.
 * Any corpus's page also asks for the corpus workspace's code, which the page would otherwise
 * import only once its own code had arrived, run and read the address. It asks once the head is
 * read, so the page's own code is asked for first (asked for ahead of it, the corpus drew later
 * than with no preload at all). The build lists those files in a `<meta name="threadboard-corpus-code">`
 * (src/hooks.server.ts), so the script's text, and its hash in the policy, do not change with every build.
 * Plain JavaScript: svelte.config.js imports it too.
 */

/** The files the workspace fetches for a built-in dataset. */
export const EARLY_FILES = ['dataset.json', 'article.txt', 'layout.json'];

/** The meta element naming the corpus workspace's code files, space-separated, as the page links them. */
export const CORPUS_CODE_META = 'threadboard-corpus-code';

/** A file the script will preload from that list: built code or styles, nothing else. */
export const CORPUS_CODE_FILE = /^(\.\.?\/)*_app\/immutable\/[\w.\/-]+\.(js|css)$/;

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
		`var address=new URLSearchParams(location.search),slug=address.get('dataset'),corpus=address.get('corpus');` +
		`function add(rel,href,as){var link=document.createElement('link');link.rel=rel;link.href=href;if(as){link.as=as;link.crossOrigin='anonymous'}document.head.appendChild(link)}` +
		`if(slug!==null){if(builtIn.indexOf(slug)<0)return;want=files.map(function(file){return slug+'/'+file})}` +
		`else if(corpus){document.addEventListener('DOMContentLoaded',function(){var code=document.querySelector('meta[name="${CORPUS_CODE_META}"]');` +
		`if(code)code.content.split(' ').forEach(function(href){if(${CORPUS_CODE_FILE}.test(href))/\\.css$/.test(href)?add('preload',href,'style'):add('modulepreload',href)})});` +
		`if(corpus===${JSON.stringify(BUILT_IN_CORPUS)}&&builtIn.length>1){builtIn.forEach(function(each){want.push(each+'/dataset.json',each+'/article.txt')});` +
		`${corpusLayout ? `want.push(${JSON.stringify(BUILT_IN_CORPUS_LAYOUT)})` : ''}}}` +
		`want.forEach(function(file){add('preload','/datasets/'+file,'fetch')})})()`
	);
}

/**
 * The meta element listing the corpus workspace's code for the script (hrefs as the page links
 * its own code); empty when there is none. Only built file paths go in, so nothing can break out.
 * @param {string[]} hrefs
 * @returns {string}
 */
export function corpusCodeMeta(hrefs) {
	const files = hrefs.filter((href) => CORPUS_CODE_FILE.test(href));
	return files.length === 0 ? '' : `<meta name="${CORPUS_CODE_META}" content="${files.join(' ')}">`;
}

/**
 * Puts the script right after the page's Content Security Policy (which must come before
 * anything it covers), or at the top of the head; `before` (the corpus code's meta) just ahead of it.
 * @param {string} html
 * @param {string} script
 * @param {string} [before]
 * @returns {string}
 */
export function withEarlyFetch(html, script, before = '') {
	const tag = `${before}<script>${script}</script>`;
	const policy = /<meta http-equiv="content-security-policy"[^>]*>/i.exec(html);
	if (policy) return html.slice(0, policy.index + policy[0].length) + tag + html.slice(policy.index + policy[0].length);
	return html.replace(/<head>/i, (head) => head + tag);
}
