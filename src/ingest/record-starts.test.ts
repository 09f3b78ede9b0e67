import { describe, expect, it } from "vitest";
import { keptStarts, RowStartScanner } from "./record-starts.ts";

/** Scans `text` fed in pieces of `size` bytes (1: every byte its own chunk). */
function scan(text: string, headerLines: number, size: number, quote = '"') {
  const bytes = Buffer.from(text, "utf8");
  const s = new RowStartScanner(headerLines, quote);
  for (let i = 0; i < bytes.length; i += size) s.feed(bytes.subarray(i, i + size));
  const r = s.result();
  return { headerEnd: r.headerEnd, starts: [...r.starts] };
}

// Offsets counted by hand: "a,b\n" is bytes 0-3; row 0 is 1,"x<LF>y" (4-10, its line end at 11); row 1 is an
// empty line (12); row 2 is 2,z<CR><LF> (13-17); row 3 is 3,w with no line end (18-20).
const FILE = 'a,b\n1,"x\ny"\n\n2,z\r\n3,w';

describe("RowStartScanner", () => {
  it.each([1, 2, 3, 5, 1 << 20])("finds each row's start, an empty line as -1, fed %i bytes at a time", (size) => {
    expect(scan(FILE, 1, size)).toEqual({ headerEnd: 4, starts: [4, -1, 13, 18] });
  });

  it("keeps a line end inside quotes in its row, and a doubled quote inside quotes as text", () => {
    // Row 0 is "a ""b""<LF>c" at bytes 2-12, its line end at 13; row 1 starts at 14.
    expect(scan('h\n"a ""b""\nc"\n"d"\n', 1, 4).starts).toEqual([2, 14]);
  });

  it("counts every line as a row when the file has no header", () => {
    expect(scan("x\ty\nz\tw\n", 0, 3)).toEqual({ headerEnd: 0, starts: [0, 4] });
  });

  it("treats a quote as text when the layout has no quote character", () => {
    expect(scan('a\n"b\nc\n', 1, 2, "").starts).toEqual([2, 5]);
  });

  it("counts bytes, not characters, in multi-byte UTF-8", () => {
    expect(scan("naam\nBagdād\nMosul\n", 1, 1).starts).toEqual([5, 13]);
  });
});

describe("keptStarts", () => {
  it("numbers the records DuckDB kept: rows less the empty lines and the rows it rejected", () => {
    const rows = { headerEnd: 4, starts: new Float64Array([4, -1, 13, 18, 25]) };
    expect([...keptStarts(rows, [2])]).toEqual([4, 18, 25]);
    expect([...keptStarts(rows, [])]).toEqual([4, 13, 18, 25]);
  });
});
