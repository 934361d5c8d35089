/**
 * Before the library, the workspace lived at `/` and showed the first built-in
 * dataset, so `/?actor=…` links (in slides, briefings, notes) meant that dataset.
 */
import { joinScope, scopeOf, withoutScope } from './url-state';

/** Where an old `/?…` link now lives, or null when it carries nothing to keep. */
export function legacyViewAddress(search: string, firstDatasetId: string | null): string | null {
	const scope = scopeOf(search);
	const view = withoutScope(search);
	if (scope !== '') return `/view/${joinScope(scope, view)}`;
	if (view === '' || firstDatasetId === null) return null;
	return `/view/${joinScope(`dataset=${firstDatasetId}`, view)}`;
}
