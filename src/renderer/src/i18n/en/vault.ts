export const vault = {
  create: {
    title: 'Start your Landscape journal',
    intro:
      'Your reflections are encrypted on this computer with a passphrase only you know. Nobody, including us, can read them without it.',
    passphrase: 'Passphrase',
    again: 'Type it again',
    savedIn: 'Saved in:',
    chooseFolder: 'Choose another folder…',
    creating: 'Creating…',
    create: 'Create journal',
  },
  unlock: {
    locked: 'Your journal is locked.',
    title: 'Your journal is locked',
    passphrase: 'Passphrase',
    unlocking: 'Unlocking…',
    unlock: 'Unlock',
    withDevice: 'Unlock with this device',
    forgot: 'Forgot your passphrase? Use your recovery key',
    finishing: 'Finishing the re-encryption that was under way: {{done}} of {{total}} files.',
  },
  openOther: 'Open a journal in another folder…',
  strength: {
    /** Before anything is typed; once it is, the hints under the rating are main's words. */
    advice: 'Use four or more unrelated words.',
    /** The rating, by main's score from 0 (very weak) to 4 (very strong). */
    veryWeak: 'Very weak',
    weak: 'Weak',
    fair: 'Fair',
    strong: 'Strong',
    veryStrong: 'Very strong',
    checking: 'Checking the passphrase…',
    meter: 'Passphrase strength',
    mismatch: 'The two passphrases are not the same.',
  },
  recover: {
    title: 'Recover your journal',
    key: 'Recovery key',
    newPassphrase: 'New passphrase',
    again: 'Type the new passphrase again',
    submit: 'Recover and set new passphrase',
    back: 'Back to unlock',
  },
};

export const recoveryKey = {
  copied: 'Copied. Paste it into your password manager, then copy something else so it does not stay there.',
  saved: 'Saved. Move the file somewhere away from this computer, then delete it here.',
  title: 'Keep your recovery key safe',
  why: 'If you forget your passphrase, this key is the only way back into your journal. Write it down, print it, or keep it in a password manager, away from this computer. It will not be shown again.',
  label: 'Recovery key',
  copy: 'Copy',
  save: 'Save as a file…',
  print: 'Print',
  confirm: 'To confirm you have kept it, type these groups of the key',
  group: 'Group {{n}}',
  mismatch: 'That does not match the key above. Check each group of letters.',
  done: 'I have kept it — open my journal',
};
