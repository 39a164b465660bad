import { defineConfig } from '@playwright/test';

/** Debian's Chromium (playwright's own browser download cannot work here), rendering WebGL with SwiftShader. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  // Lets a test host page frame the loopback build (Chromium's Local Network Access checks).
  '--disable-features=LocalNetworkAccessChecks',
];

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
export const HOST_PORT = PORT + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/artifacts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /\.phone\.spec\.ts$/, // touch-only behaviour
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'phone',
      testIgnore: /\.desktop\.spec\.ts$/, // hover and other pointer-only behaviour
      use: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
  ],
  webServer: [
    { command: `node scripts/serve-dist.mjs --port ${PORT}`, url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: false, timeout: 20_000 },
    // Host pages for the embed tests, on another origin (localhost, not 127.0.0.1), as a news site would be.
    {
      command: `node scripts/serve-dist.mjs --port ${HOST_PORT} --host localhost --dir tests/e2e/hosts --mount /vendor=node_modules/pym.js/dist`,
      url: `http://localhost:${HOST_PORT}/pym.html`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
