/** The layout worker: the simulation runs here, off the page's main thread. */
import { expose } from 'comlink';
import { layoutService } from './layout-service';

expose(layoutService);
