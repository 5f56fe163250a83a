import { visitorJourneys } from './journeys.ts';
import { launchFirefox } from './support/firefox.ts';
import { enginesPort } from './support/port.ts';

// Firefox, over WebDriver BiDi, on E2E_ENGINES_PORT (else E2E_PORT, else 4399).
visitorJourneys('Firefox ESR', launchFirefox, enginesPort());
