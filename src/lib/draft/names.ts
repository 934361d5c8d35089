/** Name folding shared by the actor stage and the eval: spelling variants compare equal. */

/** Lower case, no accents, one kind of apostrophe, no leading “the”, hyphens as spaces. */
const nameKeys = new Map<string, string>();
const variantKeys = new Map<string, string>();

export function nameKey(name: string): string {
	let key = nameKeys.get(name);
	if (key === undefined) {
		key = foldName(name);
		if (nameKeys.size > 50_000) nameKeys.clear();
		nameKeys.set(name, key);
	}
	return key;
}

function foldName(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’‘`ʿʾ´]/g, "'")
		.replace(/^the\s+/, '')
		.replace(/['".]/g, '')
		.replace(/[-‐‑–—_]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A looser key for transliterations: al-Qa'ida, al-Qaeda, al Qa’ida and Qaida give
 * one key (no article, q as k, vowel runs as one vowel, doubled letters single).
 */
export function variantKey(name: string): string {
	let key = variantKeys.get(name);
	if (key === undefined) {
		key = foldVariant(name);
		if (variantKeys.size > 50_000) variantKeys.clear();
		variantKeys.set(name, key);
	}
	return key;
}

function foldVariant(name: string): string {
	return nameKey(name)
		.replace(/^(al|el|ad|ar|as|at|az|an)\s+/, '')
		.replace(/\s+/g, '')
		.replace(/q/g, 'k')
		.replace(/ph/g, 'f')
		.replace(/[aeiouy]+/g, 'a')
		.replace(/(.)\1+/g, '$1');
}

/** The words of a name, folded. */
export function nameTokens(name: string): string[] {
	return nameKey(name).split(' ').filter(Boolean);
}
