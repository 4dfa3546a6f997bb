// Reading a Content-Security-Policy and saying what is lax about it. Shared by the unit test (meta tag
// against the app:// header) and the end-to-end test (the built page in Chromium).

export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Directives a <meta> policy may not carry (the browser ignores them there); only the header can. */
export const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

const FETCH_DIRECTIVES = ['script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'media-src', 'object-src', 'frame-src', 'worker-src', 'manifest-src'];
/** Sources that reach beyond the app's own files: any scheme or host, or a wildcard. */
const REMOTE = /^(\*|https?:|wss?:|ftp:|file:|filesystem:|[\w-]+(\.[\w-]+)+|\*\.|https?:\/\/)/i;

/** What makes a policy weaker than the app needs; empty when it is strict. */
export function laxness(policy: Policy): string[] {
  const problems: string[] = [];
  const defaults = policy.get('default-src');
  if (defaults?.join(' ') !== "'self'") problems.push(`default-src is ${defaults?.join(' ') ?? 'missing'}, not 'self'`);
  const scripts = policy.get('script-src') ?? defaults ?? [];
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", 'data:', 'blob:']) {
    if (scripts.includes(bad)) problems.push(`script-src allows ${bad}`);
  }
  const objects = policy.get('object-src') ?? defaults ?? [];
  if (objects.join(' ') !== "'none'") problems.push(`object-src is ${objects.join(' ')}, not 'none'`);
  if (policy.get('base-uri')?.join(' ') !== "'none'") problems.push("base-uri is not 'none'");
  for (const name of ['default-src', ...FETCH_DIRECTIVES]) {
    for (const source of policy.get(name) ?? []) {
      if (REMOTE.test(source)) problems.push(`${name} allows the remote source ${source}`);
    }
  }
  return problems;
}
