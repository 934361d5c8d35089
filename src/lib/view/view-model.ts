/**
 * What every view of the dataset derives from the view state: which relations
 * the filters let through, which actors and places fade, and what to bring forward.
 * The workspace, the presentation and the handout all draw from this.
 */
import type { DatasetIndex } from '$lib/dataset/lookup';
import { emphasisFor, type Emphasis } from './emphasis';
import { visibility, type Filters, type Visibility } from './filters';
import type { Selection } from './selection';

export interface ViewModel {
	seen: Visibility;
	fadedEntityIds: Set<string>;
	fadedPlaceIds: Set<string>;
	emphasis: Emphasis | null;
	spotlightRelationId: string | null;
}

/** What the filters let through. Apart from the focus, so hovering or selecting keeps these same sets and nothing that draws from them redraws. */
export function filteredView(index: DatasetIndex, filters: Filters): Pick<ViewModel, 'seen' | 'fadedEntityIds' | 'fadedPlaceIds'> {
	const { dataset } = index;
	const seen = visibility(dataset, filters);
	return {
		seen,
		fadedEntityIds: new Set(dataset.entities.filter((entity) => !seen.entities.has(entity.id)).map((entity) => entity.id)),
		fadedPlaceIds: new Set(dataset.places.filter((place) => !seen.places.has(place.id)).map((place) => place.id))
	};
}

/** What the hovered or selected item brings forward. */
export function focusedView(index: DatasetIndex, focusTarget: Selection | null): Pick<ViewModel, 'emphasis' | 'spotlightRelationId'> {
	return {
		emphasis: emphasisFor(index, focusTarget),
		spotlightRelationId: focusTarget?.kind === 'relation' ? focusTarget.id : null
	};
}

export function viewModel(index: DatasetIndex, filters: Filters, focusTarget: Selection | null): ViewModel {
	return { ...filteredView(index, filters), ...focusedView(index, focusTarget) };
}
