import { Screen } from './screen';

/** The Templates screen and its editor for your own templates. */
export class TemplatesScreen extends Screen {
  readonly newTemplateButton = this.page.getByRole('button', { name: 'New template' });
  readonly name = this.page.getByLabel('Name', { exact: true });
  readonly firstHeading = this.page.getByLabel('Heading', { exact: true }).first();
  readonly firstPrompts = this.page.getByLabel(/Prompts/).first();
  readonly saveButton = this.page.getByRole('button', { name: /Save template/ });

  heading(name: string) {
    return this.page.getByRole('heading', { name });
  }

  /** Makes a template with one section. Prompts are one a line. */
  async create(name: string, heading: string, prompts: string[]): Promise<void> {
    await this.newTemplateButton.click();
    await this.name.fill(name);
    await this.firstHeading.fill(heading);
    await this.firstPrompts.fill(prompts.join('\n'));
    await this.saveButton.click();
  }
}

/** The dialog that picks a template, for a new entry or to apply to the open one. */
export class TemplatePicker extends Screen {
  static readonly NEW_ENTRY = 'New entry from a template';
  static readonly APPLY = 'Apply a template to this entry';
  static readonly FIRST_ENTRY = 'Start your first reflection';

  readonly addAfterButton = this.page.getByRole('button', { name: 'Add after my writing' });

  dialog(title = TemplatePicker.NEW_ENTRY) {
    return this.page.getByRole('dialog', { name: title });
  }

  templateButton(name: string, title = TemplatePicker.NEW_ENTRY) {
    return this.dialog(title).getByRole('button', { name, exact: true });
  }

  /** The preview of one template: its sections and prompts, before anything is made. */
  preview(name: string, title = TemplatePicker.NEW_ENTRY) {
    return this.dialog(title).getByRole('region', { name });
  }

  previewHeadings(name: string, title = TemplatePicker.NEW_ENTRY) {
    return this.preview(name, title).getByRole('heading', { level: 4 });
  }

  useButton(title = TemplatePicker.NEW_ENTRY) {
    return this.dialog(title).getByRole('button', { name: 'Use this template' });
  }

  backButton(title = TemplatePicker.NEW_ENTRY) {
    return this.dialog(title).getByRole('button', { name: 'Back to all templates' });
  }

  closeButton(title = TemplatePicker.NEW_ENTRY) {
    return this.dialog(title).getByRole('button', { name: 'Close' });
  }

  /** Previews the template, then uses it. */
  async pick(name: string, title = TemplatePicker.NEW_ENTRY): Promise<void> {
    await this.templateButton(name, title).click();
    await this.useButton(title).click();
  }
}
