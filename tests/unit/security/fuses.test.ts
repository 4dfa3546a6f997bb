// The packaged app's Electron fuses (issue 8, item 4), read by electron-builder's own loader and checked
// against its schema, so a misspelt key fails here instead of being ignored by the build.
import path from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

describe('electron-builder.yml', () => {
  it('is a valid configuration that packs the app in an ASAR and flips the fuses off Node and on integrity', async () => {
    const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.asar).toEqual({ smartUnpack: false });
    expect(config.electronFuses).toEqual({
      // The CLI runs in plain Node (npm run cli) or from the app's own main process, never as ELECTRON_RUN_AS_NODE.
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // Pages come from app://, so file:// needs no more than a browser gives it.
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
