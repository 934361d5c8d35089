/** Which of an item's problems belong under which field of its form. */
import type { PlacedProblem } from './problems';

export interface FieldProblemIndex {
	/** Problems of one field. */
	of(field: string): PlacedProblem[];
	/** Problems of fields the form has no place for, shown at its top. */
	rest: PlacedProblem[];
	/** `aria-describedby` for a field: its problems' id, when it has any. */
	describedBy(field: string): string | undefined;
	invalid(field: string): boolean;
}

export function fieldProblemIndex(problems: readonly PlacedProblem[], fields: readonly string[], idPrefix: string): FieldProblemIndex {
	const of = (field: string) => problems.filter((problem) => problem.field === field);
	return {
		of,
		rest: problems.filter((problem) => problem.field === null || !fields.includes(problem.field)),
		describedBy: (field) => (of(field).length > 0 ? `${idPrefix}-${field}-problems` : undefined),
		invalid: (field) => of(field).length > 0
	};
}
