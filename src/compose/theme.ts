// Resolves the theme for a client: the template's values with the client's brand laid over them.

import { normaliseImagePath } from '../content/image-path.js';
import type { ImageAsset } from '../content/types.js';
import type { ImageRef, Theme } from '../model/deck.js';
import type { Client } from '../schema/client.js';
import type { ThemeFile } from '../schema/theme.js';

/** Brand colours replace the template's; the logo is attached as image bytes. */
export function composeTheme(
  template: ThemeFile,
  client: Client | undefined,
  images: ReadonlyMap<string, ImageAsset>,
  logoAlt: string,
): Theme {
  const brand = client?.brand;
  const upper = (hex: string) => hex.toUpperCase();
  const colors = { ...template.colors };
  if (brand?.primary) colors.primary = brand.primary;
  // The contract's secondary is "text on light backgrounds": it becomes the deck's text colour.
  // Renderers still check every text colour against its fill and fall back when it is unreadable.
  if (brand?.secondary) {
    colors.secondary = brand.secondary;
    colors.text = brand.secondary;
  }
  if (brand?.accent) colors.accent = brand.accent;
  const theme: Theme = {
    name: template.name,
    fonts: { ...template.fonts },
    colors: Object.fromEntries(Object.entries(colors).map(([k, v]) => [k, upper(v)])) as Theme['colors'],
    sizes: { ...template.sizes },
    slide: { ...template.slide },
  };
  const logoPath = brand?.logo ? normaliseImagePath(brand.logo).path : undefined;
  const asset = logoPath ? images.get(logoPath) : undefined;
  if (asset && brand?.logo) {
    const logo: ImageRef = {
      path: brand.logo,
      mime: asset.mime,
      width: asset.width,
      height: asset.height,
      data: asset.bytes,
      alt: logoAlt,
    };
    theme.logo = logo;
  }
  return theme;
}
