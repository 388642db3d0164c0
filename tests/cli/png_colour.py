"""Where a colour is in a PNG chart: the runs of columns holding it.

For the chart cases (a week's pain markers, the unfinished week's bar): the
PNG is decoded with zlib and struct only (8-bit RGB or RGBA, not
interlaced, any row filter), and every pixel of exactly the colour between
rows TOP and BOTTOM (from the top, BOTTOM excluded) is counted. Columns
that hold it form a run while at most GAP columns without it (default 0)
come between them: a marker's white rim parts it from its line by a pixel
or two. One line per run, left to right: "x0-x1 y0-y1 pixels", x1 and y1
included, pixels the run's count. Exact colours only: a shape's inside,
not its anti-aliased edge.

usage: /usr/bin/python3 tests/cli/png_colour.py FILE RRGGBB TOP BOTTOM [GAP]
"""
import struct
import sys
import zlib


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def unfilter(kind, line, prev, bpp):
    out = bytearray(line)
    for i in range(len(out)):
        a = out[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        if kind == 1:
            out[i] = (out[i] + a) & 255
        elif kind == 2:
            out[i] = (out[i] + b) & 255
        elif kind == 3:
            out[i] = (out[i] + (a + b) // 2) & 255
        elif kind == 4:
            out[i] = (out[i] + paeth(a, b, c)) & 255
    return out


def decode(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit("%s: not a PNG" % path)
    pos, idat, head = 8, b"", None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            head = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    w, h, depth, ctype, _, _, interlace = head
    if depth != 8 or ctype not in (2, 6) or interlace:
        sys.exit("%s: only 8-bit RGB or RGBA, not interlaced" % path)
    bpp = 3 if ctype == 2 else 4
    raw, stride = zlib.decompress(idat), w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        at = y * (stride + 1)
        prev = unfilter(raw[at], raw[at + 1:at + 1 + stride], prev, bpp)
        rows.append(bytes(prev))
    return w, h, bpp, rows


def main():
    path, hexcolour, top, bottom = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    gap = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    want = bytes.fromhex(hexcolour)
    w, h, bpp, rows = decode(path)
    cols = {}
    for y in range(max(top, 0), min(bottom, h)):
        row = rows[y]
        for x in range(w):
            if row[x * bpp:x * bpp + 3] == want:
                cols.setdefault(x, []).append(y)
    run = None
    for x in sorted(cols) + [None]:
        if run and (x is None or x > run[1] + 1 + gap):
            print("%d-%d %d-%d %d" % (run[0], run[1], run[2], run[3], run[4]))
            run = None
        if x is None:
            break
        ys = cols[x]
        if run:
            run = [run[0], x, min(run[2], ys[0]), max(run[3], ys[-1]), run[4] + len(ys)]
        else:
            run = [x, x, ys[0], ys[-1], len(ys)]


main()
