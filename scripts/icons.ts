// npm run icons — makes every icon the installers need from resources/icon.png:
//   resources/icons/NxN.png   Linux (AppImage, deb) — electron-builder takes the folder
//   resources/icon.ico        Windows (NSIS and the exe)
//   resources/icon.icns       macOS (the app and the dmg)
// Run it after changing resources/icon.png (512×512 or larger, 8-bit RGBA) and commit the results.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodePng, encodeIcns, encodeIco, encodePng, ICNS_TYPES, resize } from './icon-formats'

const RESOURCES = join(import.meta.dirname, '..', 'resources')
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]

const source = decodePng(readFileSync(join(RESOURCES, 'icon.png')))
if (source.width !== source.height || source.width < 512) throw new Error(`resources/icon.png must be square and at least 512×512 (it is ${source.width}×${source.height}).`)

const cache = new Map<number, Buffer>()
const png = (size: number) => {
  let made = cache.get(size)
  if (!made) {
    made = encodePng(size === source.width ? source : resize(source, size))
    cache.set(size, made)
  }
  return made
}

mkdirSync(join(RESOURCES, 'icons'), { recursive: true })
for (const size of LINUX_SIZES) writeFileSync(join(RESOURCES, 'icons', `${size}x${size}.png`), png(size))
writeFileSync(join(RESOURCES, 'icon.ico'), encodeIco(ICO_SIZES.map((size) => ({ size, png: png(size) }))))
writeFileSync(join(RESOURCES, 'icon.icns'), encodeIcns(ICNS_TYPES.map(({ type, size }) => ({ type, png: png(size) }))))
console.log(`icons: wrote ${LINUX_SIZES.length} PNGs, icon.ico (${ICO_SIZES.length} sizes) and icon.icns (${ICNS_TYPES.length} entries) from a ${source.width}px source`)
