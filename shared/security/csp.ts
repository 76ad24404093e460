/**
 * The app's Content-Security-Policy, one string for the desktop protocol handler, the
 * browser-mode server and the page's meta tag. No remote origin anywhere: the app makes no
 * network request. 'wasm-unsafe-eval' lets the PDF layout engine (yoga, WebAssembly) run
 * without allowing eval; blob: carries generated PDFs and fonts handed to the worker.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
