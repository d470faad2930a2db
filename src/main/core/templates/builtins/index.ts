import type { Template } from '@shared/template';
import { COURAGE } from './courage';
import { DAILY_REFLECTION } from './daily-reflection';
import { GIBBS_REFLECTIVE_CYCLE } from './gibbs-reflective-cycle';
import { LANDSCAPE_VIEW } from './landscape-view';
import { LEGITIMACY_ACROSS_WORLDS } from './legitimacy-across-worlds';
import { SETBACK_AND_RECOVERY } from './setback-and-recovery';
import { SUPERVISION_PREPARATION } from './supervision-preparation';
import { VALUE_CREATION_STORY } from './value-creation-story';
import { WEEKLY_REVIEW } from './weekly-review';
import { WHAT_SO_WHAT_NOW_WHAT } from './what-so-what-now-what';

/** In the order the template picker shows them. Ids are stored in entries: never change one. */
export const BUILT_IN_TEMPLATES: readonly Template[] = [
  DAILY_REFLECTION,
  SETBACK_AND_RECOVERY,
  COURAGE,
  LEGITIMACY_ACROSS_WORLDS,
  LANDSCAPE_VIEW,
  WHAT_SO_WHAT_NOW_WHAT,
  GIBBS_REFLECTIVE_CYCLE,
  VALUE_CREATION_STORY,
  WEEKLY_REVIEW,
  SUPERVISION_PREPARATION,
];
