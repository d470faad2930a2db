import { Screen } from './screen';

/** The first-run introduction: what Landscape is for, then privacy. */
export class WelcomeScreen extends Screen {
  readonly heading = this.page.getByRole('heading', { name: 'Welcome to Landscape' });
  readonly privacyHeading = this.page.getByRole('heading', { name: 'Private by design' });
  readonly next = this.page.getByRole('button', { name: 'Next' });
  readonly back = this.page.getByRole('button', { name: 'Back' });
  readonly createJournal = this.page.getByRole('button', { name: 'Create my journal' });
  readonly skip = this.page.getByRole('button', { name: 'Skip the introduction' });
}
