// The English catalogue, one file per feature; the keys' first part names the feature.
import { app } from './app';
import { backup } from './backup';
import { common } from './common';
import { dates } from './dates';
import { editor } from './editor';
import { entry } from './entry';
import { entryList } from './entryList';
import { errors } from './errors';
import { insights } from './insights';
import { journal } from './journal';
import { onboarding } from './onboarding';
import { prompts } from './prompts';
import { search } from './search';
import { shortcuts } from './shortcuts';
import { tags } from './tags';
import { recoveryKey, vault } from './vault';

export const en = {
  app,
  backup,
  common,
  dates,
  editor,
  entry,
  entryList,
  errors,
  insights,
  journal,
  onboarding,
  prompts,
  recoveryKey,
  search,
  shortcuts,
  tags,
  vault,
};

export type Catalogue = typeof en;
