// The English catalogue, one file per feature; the keys' first part names the feature.
import { app } from './app';
import { backup } from './backup';
import { common } from './common';
import { dates } from './dates';
import { errors } from './errors';
import { onboarding } from './onboarding';
import { recoveryKey, vault } from './vault';

export const en = { app, backup, common, dates, errors, onboarding, recoveryKey, vault };

export type Catalogue = typeof en;
