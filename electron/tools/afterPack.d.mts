// Types of afterPack.mjs for the tests that import it.
export interface PackContext {
  electronPlatformName: string;
  arch: number;
  appOutDir: string;
  packager: { info: { framework: { version: string } }; appInfo: { productFilename: string } };
}
export function packedBinaryOf(appOutDir: string, platform: string, productFilename: string): string;
export function afterPack(context: PackContext): Promise<void>;
