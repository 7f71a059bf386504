// One headless Chromium for the playwright-driven tests, found without any download.
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../../scripts/chromium.js';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), args: chromiumArgs, headless: true });
}
