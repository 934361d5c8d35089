/**
 * The built-in files that were checked when the app was built (`npm run layouts`), so a page
 * that fetches one of them unchanged need not download the checks and run them again (with
 * Valibot's, about 5 kB of the workspace's first code, gzip).
 *
 * The build lists a file (or, for a dataset, its two files together: quotes are checked against
 * their article) by the SHA-256 of its text, and only when it passed every check with no warning
 * and the schema's output is the file itself (nothing trimmed, no default filled in, no unknown
 * field dropped; only the order of keys may differ). So a listed file read with JSON.parse is
 * what the checks would have given. Anything else (a file changed or added on the server since
 * the build, a page without Web Crypto) is checked as before.
 */

/** Replaced at build time (vite.config.ts) with the list `npm run layouts` wrote; absent in tests and in Node. */
declare const __CHECKED_AT_BUILD__: readonly string[] | undefined;

const BUILT: readonly string[] = typeof __CHECKED_AT_BUILD__ === 'undefined' ? [] : __CHECKED_AT_BUILD__;

/** What a key stands for: the index of datasets, one dataset's dataset.json with its article.txt, or the map's region.topo.json. */
export type CheckedKind = 'index' | 'dataset' | 'map';

/**
 * The key the build lists a checked file under: a hash of its kind and its text (without a
 * byte-order mark, as fetch's text() and TextDecoder give it). Null where Web Crypto is missing
 * (a page served over plain HTTP from another machine): the file is then simply checked.
 */
export async function checkedKey(kind: CheckedKind, texts: readonly string[]): Promise<string | null> {
	const subtle = globalThis.crypto?.subtle;
	if (!subtle) return null;
	// JSON keeps the parts apart: ["dataset", "a", "bc"] and ["dataset", "ab", "c"] differ.
	const digest = await subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify([kind, ...texts])));
	return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Whether these texts are, character for character, ones the build checked. `built` is for tests. */
export async function wasCheckedAtBuild(kind: CheckedKind, texts: readonly string[], built: readonly string[] = BUILT): Promise<boolean> {
	if (built.length === 0) return false;
	const key = await checkedKey(kind, texts).catch(() => null);
	return key !== null && built.includes(key);
}
