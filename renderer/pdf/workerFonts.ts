import interBold from '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf?url';
import interRegular from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import notoScBold from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import notoScRegular from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import { registerPdfFonts, type PdfFontSources } from '../../shared/documents/fonts';

/**
 * The fonts of every PDF worker (SLA and report): the same four TTFs the CLI reads from
 * node_modules (electron/cli/nodeFonts.ts), here as the build's asset URLs. react-pdf fetches
 * them with fetch(), which the CSP allows from the app's own origin (connect-src 'self'); they
 * are made absolute against the worker's location so the relative asset paths of a `base: './'`
 * build resolve under any protocol.
 */
export function workerFontSources(base: string): PdfFontSources {
  const absolute = (url: string) => new URL(url, base).href;
  return {
    interRegular: absolute(interRegular),
    interBold: absolute(interBold),
    notoScRegular: absolute(notoScRegular),
    notoScBold: absolute(notoScBold),
  };
}

export function registerWorkerFonts(): void {
  registerPdfFonts(workerFontSources(self.location.href));
}
