import { Screen } from './screen';

/** The Tags screen: every world, person and tag, with rename and merge. */
export class TagsScreen extends Screen {
  readonly heading = this.page.getByRole('heading', { name: 'Worlds and tags', level: 1 });
  readonly newName = this.page.getByLabel('New name');

  renameButton(shownName: string) {
    return this.page.getByRole('button', { name: `Rename ${shownName}`, exact: true });
  }

  /** A tag's row, with its count ("2 entries"), by its shown name ("#setback", "@Ann"). */
  row(shownName: string) {
    return this.page.getByRole('listitem').filter({ has: this.renameButton(shownName) });
  }

  mergeButton(into: string) {
    return this.page.getByRole('button', { name: `Merge into “${into}”` });
  }

  /** Renames a tag onto the name of one that exists, merging them. */
  async mergeInto(from: string, into: string): Promise<void> {
    await this.renameButton(from).click();
    await this.newName.fill(into);
    await this.mergeButton(into).click();
  }
}
