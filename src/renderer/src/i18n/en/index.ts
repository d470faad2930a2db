// The English catalogue, one file per feature; the keys' first part names the feature.
import { app } from './app';
import { backup } from './backup';
import { calendar } from './calendar';
import { common } from './common';
import { dates } from './dates';
import { editor } from './editor';
import { entry } from './entry';
import { entryList } from './entryList';
import { errors } from './errors';
import { exporting } from './exporting';
import { insights } from './insights';
import { journal } from './journal';
import { onboarding } from './onboarding';
import { prompts } from './prompts';
import { revisions } from './revisions';
import { search } from './search';
import { settings } from './settings';
import { shortcuts } from './shortcuts';
import { tags } from './tags';
import { templates } from './templates';
import { trash } from './trash';
import { recoveryKey, vault } from './vault';

export const en = {
  app,
  backup,
  calendar,
  common,
  dates,
  editor,
  entry,
  entryList,
  errors,
  exporting,
  insights,
  journal,
  onboarding,
  prompts,
  recoveryKey,
  revisions,
  search,
  settings,
  shortcuts,
  tags,
  templates,
  trash,
  vault,
};

export type Catalogue = typeof en;
