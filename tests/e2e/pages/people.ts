import { TagsScreen } from './tags';

/** The People screen: everyone the journal mentions, with rename and merge (the Tags screen's rows, people only). */
export class PeopleScreen extends TagsScreen {
  override readonly heading = this.page.getByRole('heading', { name: 'People', level: 1 });
  readonly rows = this.page.getByRole('main').getByRole('listitem');
}
