import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodePng, encodeIcns, encodeIco, encodePng, resize, type Image } from './icon-formats'

const square = (size: number, rgba: [number, number, number, number]): Image => ({
  width: size,
  height: size,
  data: new Uint8Array(Array.from({ length: size * size }, () => rgba).flat()),
})

describe('icon formats', () => {
  it('round-trips a PNG and decodes the real source icon', () => {
    const image = square(4, [10, 20, 30, 255])
    expect(decodePng(encodePng(image))).toEqual(image)
    const source = decodePng(readFileSync(join(import.meta.dirname, '..', 'resources', 'icon.png')))
    expect([source.width, source.height]).toEqual([512, 512])
  })

  it('shrinks by averaging, weighting colour by opacity', () => {
    const image: Image = { width: 2, height: 2, data: new Uint8Array([255, 0, 0, 255, 0, 0, 255, 0, 255, 0, 0, 255, 255, 0, 0, 255]) }
    expect([...resize(image, 1).data]).toEqual([255, 0, 0, 191])
    expect(resize(square(10, [1, 2, 3, 255]), 3).data.slice(0, 4)).toEqual(new Uint8Array([1, 2, 3, 255]))
  })

  it('writes an .ico directory that points at each PNG, 256 as 0', () => {
    const small = encodePng(square(16, [0, 0, 0, 255]))
    const big = encodePng(square(256, [0, 0, 0, 255]))
    const ico = encodeIco([
      { size: 16, png: small },
      { size: 256, png: big },
    ])
    expect(ico.readUInt16LE(2)).toBe(1)
    expect(ico.readUInt16LE(4)).toBe(2)
    expect([ico[6], ico[22]]).toEqual([16, 0])
    const offset = ico.readUInt32LE(6 + 16 + 12)
    expect(ico.subarray(offset, offset + big.length).equals(big)).toBe(true)
  })

  it('writes an .icns whose length fields add up', () => {
    const png = encodePng(square(32, [0, 0, 0, 255]))
    const icns = encodeIcns([
      { type: 'ic11', png },
      { type: 'icp5', png },
    ])
    expect(icns.toString('ascii', 0, 4)).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    expect(icns.toString('ascii', 8, 12)).toBe('ic11')
    expect(icns.readUInt32BE(12)).toBe(png.length + 8)
  })
})
