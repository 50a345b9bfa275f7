// Every icon and the manifest's icon list come from public/favicon.svg through
// @vite-pwa/assets-generator (vite-plugin-pwa's `pwaAssets` integration runs it on each build).
// Nothing here is drawn by hand per size.
import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

/** The icon's own blue, so the padding around it on a maskable or iOS icon is not white. */
const iconBlue = '#0b5394';

export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    // Android crops maskable icons to a circle or squircle: the terminal stays inside the safe
    // zone (a circle of 80 %) from a padding of 0.12 up.
    maskable: {
      ...minimal2023Preset.maskable,
      padding: 0.15,
      resizeOptions: { background: iconBlue },
    },
    // iOS rounds the corners itself and turns transparency black: fill it, with a thin margin.
    apple: { ...minimal2023Preset.apple, padding: 0.12, resizeOptions: { background: iconBlue } },
  },
  images: ['public/favicon.svg'],
});
