import base from './playwright.config.ts';
const PORT = 4461;
export default {
  ...base,
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    ...base.webServer,
    command: `node scripts/serve.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/vi/`,
  },
};
