/** The drafting Web Worker: exposes the drafting API over Comlink. Started by `startDraftWorker`. */
import { expose } from 'comlink';
import { createDraftApi } from './api';

expose(createDraftApi());
