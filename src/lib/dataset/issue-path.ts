import type * as v from 'valibot';

/** Valibot's issue path, written the way a person reads JSON: `relations[4].evidence[1]`; `whole` when the issue is the value itself. */
export function issuePath(issue: v.BaseIssue<unknown>, whole: string): string {
	let path = '';
	for (const item of issue.path ?? []) {
		const key = (item as { key: unknown }).key;
		path += typeof key === 'number' ? `[${key}]` : path === '' ? String(key) : `.${String(key)}`;
	}
	return path || whole;
}
