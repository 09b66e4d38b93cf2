/**
 * npm run icons — renders app/icon.svg to the PNG icons Next serves by file convention
 * (app/apple-icon.png, app/icon.png) and to app/favicon.ico (PNG images inside an ICO container,
 * which every current browser reads). Uses the system Chromium through Playwright. The outputs
 * are committed; run this again only when the SVG changes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumPath } from "./bench/server";

async function render(svg: string, size: number): Promise<Buffer> {
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ ...(executablePath && { executablePath }), args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    return await page.locator("svg").screenshot({ omitBackground: true });
  } finally {
    await browser.close();
  }
}

/** An ICO file whose images are PNGs: a 6-byte header, a 16-byte entry per image, then the images. */
function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

async function main() {
  const svg = readFileSync("app/icon.svg", "utf8");
  // iOS rounds the corners itself and fills transparency with black: give it the square.
  writeFileSync("app/apple-icon.png", await render(svg.replace(`rx="14"`, `rx="0"`), 180));
  writeFileSync("app/icon.png", await render(svg, 192));
  writeFileSync("app/favicon.ico", ico([{ size: 16, png: await render(svg, 16) }, { size: 32, png: await render(svg, 32) }, { size: 48, png: await render(svg, 48) }]));
  console.log("Wrote app/apple-icon.png (180), app/icon.png (192), app/favicon.ico (16, 32, 48).");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
