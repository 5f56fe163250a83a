import { visitorJourneys } from './journeys.ts';
import { launchWebKit } from './support/webkit.ts';

// WebKit, the engine of every browser on an iPhone; its own port beside Firefox's (E2E_PORT + 10).
visitorJourneys('WebKit (as Safari on an iPhone)', launchWebKit, Number(process.env.E2E_PORT ?? 4399) + 10);
