import type { Page } from '@playwright/test';

/**
 * The base of every page object. Subclasses declare their locators as fields, which run after this
 * constructor, so `this.page` is set by then.
 */
export abstract class Screen {
  constructor(readonly page: Page) {}
}
