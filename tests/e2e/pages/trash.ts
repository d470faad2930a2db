import { Screen } from './screen';

/** The Trash screen. */
export class TrashScreen extends Screen {
  readonly restoreButtons = this.page.getByRole('button', { name: /^Restore/ });
}
