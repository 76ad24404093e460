/**
 * The app's Content-Security-Policy, one string for the desktop protocol handler, the
 * browser-mode server and the page's meta tag. 'wasm-unsafe-eval' lets the PDF layout engine
 * (yoga, WebAssembly) run without allowing eval; blob: carries generated PDFs and fonts handed
 * to the worker.
 *
 * connect-src names what a team server may be (https anywhere, plain http only on this
 * computer), never a particular one: the page narrows it at start-up, before any other script
 * runs, to the one server configured in Settings → Team workspace, or to nothing but the app
 * itself when there is none (renderer/sync/syncCsp.ts). Policies combine, so the page may
 * connect to the app and the configured server and nowhere else.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob: https: http://127.0.0.1:* http://localhost:*",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
