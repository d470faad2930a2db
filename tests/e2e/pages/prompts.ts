import { Screen } from './screen';

/** The prompt of the day, on today's entry. */
export class PromptCard extends Screen {
  readonly card = this.page.getByRole('region', { name: 'Prompt of the day' });
  readonly text = this.card.locator('.prompt-card-text');
  readonly insertButton = this.card.getByRole('button', { name: 'Insert into entry' });
  readonly anotherButton = this.card.getByRole('button', { name: 'Another prompt' });
  readonly notToday = this.card.getByRole('button', { name: 'Not today' });
}

/** The Prompts screen: the library of prompts by theme. */
export class PromptsScreen extends Screen {
  readonly items = this.page.locator('.prompt-item');

  /** The words of a listed prompt. */
  itemText(index: number) {
    return this.items.nth(index).locator('.prompt-item-text');
  }

  insertButton(index: number) {
    return this.items.nth(index).getByRole('button', { name: 'Insert' });
  }
}
