/** Where the preload exposes the desktop API on `window` (zod-free: the renderer's first load reads it). */
export const DESKTOP_API_KEY = 'accordDesktop';
