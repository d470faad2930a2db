// The English catalogue, one file per feature; the keys' first part names the feature.
import { app } from './app';
import { dates } from './dates';
import { errors } from './errors';

export const en = { app, dates, errors };

export type Catalogue = typeof en;
