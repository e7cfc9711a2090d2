import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadWebE2eConfig } from '../../src/config';
import { ChromiumMissingError } from '../../src/errors';

const webBuilt = existsSync(path.resolve(__dirname, '../../../web/dist/index.html'));

describe('loadWebE2eConfig', () => {
  it('names CHROMIUM_PATH and the Debian package when Chromium is not there', () => {
    const load = () => loadWebE2eConfig({ CHROMIUM_PATH: '/nowhere/chromium' });
    expect(load).toThrow(ChromiumMissingError);
    expect(load).toThrow(/\/nowhere\/chromium \(CHROMIUM_PATH\).*apt-get install -y chromium/);
  });

  it('points at the dashboard build beside this package and at the artifacts folder', () => {
    // The test task depends on the web build, so dist exists whenever this suite runs under turbo.
    expect(webBuilt).toBe(true);
    const config = loadWebE2eConfig({ CHROMIUM_PATH: process.execPath });
    expect(config).toEqual({
      chromiumPath: process.execPath,
      webRoot: path.resolve(__dirname, '../../../web/dist'),
      artifactsDir: path.resolve(__dirname, '../../artifacts'),
    });
  });
});
