// npm run icons: renders build/icon.svg with Chromium (through Playwright) into
// every size the installers need, and writes them into build/:
//   build/icons/<n>x<n>.png  for n = 16 … 1024 (Linux: AppImage and deb take the set)
//   build/icon.png           1024 px (the default, and macOS's source for its .icns)
//   build/icon.ico           16, 24, 32, 48, 64, 128 and 256 px (Windows and its NSIS installer)
// The generated files are committed; run this again after changing the SVG.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/chromium';
import { ICO_SIZES, ICON_SIZES, writeIco, type IcoImage } from './lib/ico';

const root = fileURLToPath(new URL('..', import.meta.url));
const buildDir = path.join(root, 'build');

/** The little of the browser the drawing below uses (scripts/ compiles without the DOM library). */
interface PageGlobals {
  Image: new () => { src: string; decode(): Promise<void> };
  document: {
    createElement(tag: 'canvas'): {
      width: number;
      height: number;
      getContext(kind: '2d'): {
        imageSmoothingQuality: string;
        drawImage(image: unknown, x: number, y: number, width: number, height: number): void;
        getImageData(x: number, y: number, width: number, height: number): { data: ArrayLike<number> };
      } | null;
      toDataURL(type: string): string;
    };
  };
  btoa(binary: string): string;
}

/** One size as Chromium drew it: the PNG, and the raw RGBA pixels for the .ico's bitmaps. */
interface Rendered {
  size: number;
  png: Buffer;
  rgba: Buffer;
}

async function main(): Promise<void> {
  const svg = await readFile(path.join(buildDir, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  try {
    const page = await browser.newPage();
    // The SVG is drawn by the browser at each size (not scaled down from one bitmap), so 16 px stays crisp.
    const rendered = await page.evaluate(
      async ({ svgText, sizes }) => {
        // Runs in the page, where these are the browser's own.
        const { Image, document, btoa } = globalThis as unknown as PageGlobals;
        const image = new Image();
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
        await image.decode();
        return sizes.map((size) => {
          const canvas = document.createElement('canvas');
          canvas.width = size;
          canvas.height = size;
          const context = canvas.getContext('2d')!;
          context.imageSmoothingQuality = 'high';
          context.drawImage(image, 0, 0, size, size);
          const pixels = context.getImageData(0, 0, size, size).data;
          let binary = '';
          for (let i = 0; i < pixels.length; i += 1) binary += String.fromCharCode(pixels[i]!);
          return { size, png: canvas.toDataURL('image/png').split(',')[1]!, rgba: btoa(binary) };
        });
      },
      { svgText: svg, sizes: [...ICON_SIZES] },
    );
    const images: Rendered[] = rendered.map(({ size, png, rgba }) => ({ size, png: Buffer.from(png, 'base64'), rgba: Buffer.from(rgba, 'base64') }));

    await mkdir(path.join(buildDir, 'icons'), { recursive: true });
    for (const image of images) await writeFile(path.join(buildDir, 'icons', `${image.size}x${image.size}.png`), image.png);
    const largest = images.find((image) => image.size === 1024)!;
    await writeFile(path.join(buildDir, 'icon.png'), largest.png);
    const icoImages: IcoImage[] = images.filter((image) => (ICO_SIZES as readonly number[]).includes(image.size));
    await writeFile(path.join(buildDir, 'icon.ico'), writeIco(icoImages));
    console.log(`Wrote build/icons/{${ICON_SIZES.join(',')}}.png, build/icon.png and build/icon.ico (${ICO_SIZES.join(', ')} px).`);
  } finally {
    await browser.close();
  }
}

await main();
