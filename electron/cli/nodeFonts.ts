import { createRequire } from 'node:module';
import type { PdfFontSources } from '../../shared/documents/fonts';

const require = createRequire(import.meta.url);

/**
 * The four TTFs straight from their npm packages, resolved like a module import so this works
 * from the repo, from a global install or from a packaged copy of node_modules.
 */
export function nodeFontSources(): PdfFontSources {
  return {
    interRegular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
    interBold: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
    notoScRegular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
    notoScBold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
  };
}
