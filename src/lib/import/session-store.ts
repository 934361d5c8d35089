/**
 * What the import screen keeps in the tab's sessionStorage so a reload loses nothing the user
 * typed or chose: the pasted text, the preview's blocks with their keep/cut choices, the fields.
 * Read back through a schema: a stored value that does not fit is set aside, never trusted.
 */
import * as v from 'valibot';

export const SESSION_KEY = 'threadboard:import';

const BlockSchema = v.object({ text: v.string(), keep: v.boolean(), reason: v.optional(v.string()) });
const PreviewSchema = v.object({
	source: v.string(),
	blocks: v.array(BlockSchema),
	notices: v.array(v.string())
});
const MetaSchema = v.object({ title: v.string(), publisher: v.string(), published: v.string(), url: v.string() });
const StoredSessionSchema = v.object({
	version: v.literal(1),
	pasted: v.string(),
	preview: v.nullable(PreviewSchema),
	meta: MetaSchema,
	/** The import the current one replaced, so it can be brought back. */
	replaced: v.optional(v.nullable(v.object({ preview: PreviewSchema, meta: MetaSchema })), null)
});
export type StoredSession = v.InferOutput<typeof StoredSessionSchema>;
export type StoredPreview = v.InferOutput<typeof PreviewSchema>;

export function serializeSession(session: StoredSession): string {
	return JSON.stringify(session);
}

/** The stored session, or a sentence saying why it cannot be used. */
export function parseStoredSession(stored: string): { ok: true; session: StoredSession } | { ok: false; problem: string } {
	let json: unknown;
	try {
		json = JSON.parse(stored);
	} catch {
		return { ok: false, problem: 'The import kept in this tab is not valid JSON.' };
	}
	const result = v.safeParse(StoredSessionSchema, json);
	if (!result.success) {
		const issue = result.issues[0];
		const path = v.getDotPath(issue) ?? 'session';
		return { ok: false, problem: `The import kept in this tab could not be read (${path}: ${issue.message}).` };
	}
	return { ok: true, session: result.output };
}
