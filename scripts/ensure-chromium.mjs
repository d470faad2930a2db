// First step of `npm test`: make sure the browser tests have a Chromium, or stop with one line.
import { ensureChromium, installPlaywrightChromium, localChromium } from './chromium.mjs';

process.exitCode = ensureChromium({
  find: () => localChromium(),
  env: process.env,
  install: installPlaywrightChromium,
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
