// Imported first by main.tsx: zod would otherwise try `new Function` to compile its parsers, which the
// page's CSP (script-src 'self', no 'unsafe-eval') refuses, logging a violation at every start.
import { z } from 'zod';

z.config({ jitless: true });
