import { visitorJourneys } from './journeys.ts';
import { launchFirefox } from './support/firefox.ts';

// Firefox, over WebDriver BiDi, on the E2E_PORT the Playwright suite uses (the two never run at once).
visitorJourneys('Firefox ESR', launchFirefox, Number(process.env.E2E_PORT ?? 4399));
