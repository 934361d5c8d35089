/**
 * What a layout depends on, and a key for it: the actors (their ids, and their names,
 * which size their labels), the relations' ends and asserters, in order, the seed and
 * the layout's version. Quotes, summaries and kinds do not move anything, so editing
 * them keeps the cached picture; anything else lays the graph out again.
 */
import type { Entity, Relation } from '$lib/dataset/schema';

/** Bump when the layout code changes what it draws: every cached and shipped layout is then stale. */
export const LAYOUT_VERSION = 3;
export const DEFAULT_SEED = 20210104;

export interface LayoutInput {
	entities: Pick<Entity, 'id' | 'name'>[];
	relations: Pick<Relation, 'source' | 'target' | 'assertedBy'>[];
	seed: number;
}

/** Only what the layout reads: small enough to hand to a worker. */
export function layoutInput(entities: readonly Entity[], relations: readonly Relation[], seed = DEFAULT_SEED): LayoutInput {
	return {
		entities: entities.map(({ id, name }) => ({ id, name })),
		relations: relations.map(({ source, target, assertedBy }) => ({ source, target, assertedBy })),
		seed
	};
}

/** Two 32-bit FNV-1a style lanes with different mixing: 64 bits, the same in every browser and in Node. */
function hash64(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x01000193 ^ text.length;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		a = Math.imul(a ^ code, 0x01000193);
		b = Math.imul(b ^ code, 0x5bd1e995);
		b ^= b >>> 15;
	}
	return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Keys already made, by input: a graph asks for its key on every look-up of its layout. */
const keys = new WeakMap<LayoutInput, string>();

export function layoutKey(input: LayoutInput): string {
	let key = keys.get(input);
	if (key === undefined) keys.set(input, (key = makeKey(input)));
	return key;
}

function makeKey(input: LayoutInput): string {
	const parts = [`v${LAYOUT_VERSION}`, `seed ${input.seed}`];
	for (const { id, name } of input.entities) parts.push(`e ${id} ${name}`);
	for (const { source, target, assertedBy } of input.relations) parts.push(`r ${source} ${target} ${assertedBy ?? ''}`);
	return `layout-${hash64(parts.join('\n'))}`;
}
