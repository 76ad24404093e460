import { Buffer } from 'buffer';

// react-pdf's image embedding reaches for Node's global Buffer and logs "Buffer is not defined"
// without it. Set only inside the worker, and imported before react-pdf so it exists at load.
const scope = globalThis as { Buffer?: unknown };
scope.Buffer ??= Buffer;
