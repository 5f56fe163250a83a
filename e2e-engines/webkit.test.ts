import { visitorJourneys } from './journeys.ts';
import { enginesPort } from './support/port.ts';
import { launchWebKit } from './support/webkit.ts';

// WebKit, the engine of every browser on an iPhone; its own port beside Firefox's (+ 10).
visitorJourneys('WebKit (as Safari on an iPhone)', launchWebKit, enginesPort() + 10);
