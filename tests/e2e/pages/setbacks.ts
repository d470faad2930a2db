import { Screen } from './screen';

/** The notice of entries that went back or went missing since this device last opened the journal. */
export class SetbacksNotice extends Screen {
  readonly region = this.page.getByRole('region', { name: /went back since this device/ });
  readonly items = this.region.getByRole('listitem');

  bringBack(revision: number) {
    return this.region.getByRole('button', { name: `Bring back revision ${revision}` });
  }

  readonly letGo = this.region.getByRole('button', { name: 'Let it go' });
  readonly keep = this.region.getByRole('button', { name: 'Keep as it is' });
}
