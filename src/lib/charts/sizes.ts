/** Chart sizes: a wide one for desktops and downloads, a narrow one for phones. */
export const chartSizes = {
  wide: { width: 800, height: 440, font: 14 },
  narrow: { width: 420, height: 420, font: 15 },
} as const;
export type ChartSize = keyof typeof chartSizes;

/** Pixel density of the PNG files, so they stay sharp on high-density screens. */
export const pngScale = 2;
