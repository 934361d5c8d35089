/** The page's one Library, handed to every route through Svelte context (no module singleton). */
import { createContext } from 'svelte';
import type { Library } from './library';

export const [getLibrary, setLibrary] = createContext<Library>();
