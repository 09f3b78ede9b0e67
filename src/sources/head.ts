/**
 * Reads the start of a file (gunzipping when needed) to recognise its layout without reading it all.
 */
import { constants, createReadStream } from "node:fs";
import { access, stat } from "node:fs/promises";
import { createGunzip } from "node:zlib";
import { InputError } from "../errors.ts";
import { inputError, words } from "../messages/words.ts";

export interface FileHead {
  text: string;
  bytes: number;
  gzip: boolean;
  /** Whether `text` is the whole (decompressed) file. */
  complete: boolean;
}

const GZIP_MAGIC = [0x1f, 0x8b];
const ZIP_MAGIC = [0x50, 0x4b];

async function firstBytes(file: string, n: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of createReadStream(file, { start: 0, end: n - 1 })) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
  }
  return Buffer.concat(chunks, total);
}

/**
 * UTF-16 (what Excel's "Unicode text" and some Windows tools write) reads as garbage in a UTF-8 reader: named here
 * by its byte-order mark, or by the zero byte beside every ASCII character of a header.
 */
function refuseUtf16(head: Buffer, file: string): void {
  const bom = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  const ascii = (i: number) => (head[i] ?? 0) >= 0x20 && (head[i] ?? 0) < 0x7f;
  const le = head.length >= 4 && ascii(0) && head[1] === 0 && ascii(2) && head[3] === 0;
  const be = head.length >= 4 && head[0] === 0 && ascii(1) && head[2] === 0 && ascii(3);
  if (bom || le || be) throw inputError({ file, line: 1 }, words("fileUtf16"), words("fileUtf16Hint"));
}

/** The first `limit` characters of the (decompressed) file. */
export async function readHead(file: string, limit = 256 * 1024): Promise<FileHead> {
  let bytes: number;
  try {
    const st = await stat(file);
    if (!st.isFile()) throw inputError({ file }, words("notAFile"), words("notAFileHint"));
    bytes = st.size;
    // stat needs no read permission; the reads below do, and would fail as an unexplained error.
    await access(file, constants.R_OK);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") throw inputError({ file }, words("fileDenied"), words("fileDeniedHint"), e);
    throw inputError({ file }, words("cannotOpen"), words("checkPath"), e);
  }
  if (bytes === 0) throw inputError({ file }, words("emptyFile"), words("emptyFileHint"));
  const magic = await firstBytes(file, 4);
  const gzip = magic[0] === GZIP_MAGIC[0] && magic[1] === GZIP_MAGIC[1];
  if (magic[0] === ZIP_MAGIC[0] && magic[1] === ZIP_MAGIC[1] && !file.toLowerCase().endsWith(".zip")) {
    throw inputError({ file }, words("isZip"), words("isZipHint"));
  }
  // DuckDB picks its decompression by the name, so a plain file named .gz would fail deep inside the reader.
  if (!gzip && /\.gz$/i.test(file)) throw inputError({ file }, words("gzNotGzip"), words("gzNotGzipHint"));
  if (!gzip) {
    const plain = await firstBytes(file, limit);
    refuseUtf16(plain, file);
    return { text: plain.toString("utf8"), bytes, gzip, complete: bytes <= limit };
  }
  const chunks: Buffer[] = [];
  let got = 0;
  const stream = createReadStream(file).pipe(createGunzip());
  try {
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
      got += (chunk as Buffer).length;
      if (got >= limit) break;
    }
  } catch (cause) {
    if (got === 0) throw inputError({ file }, words("notGzip"), words("notGzipHint"), cause);
    // The stream failed before the head was full: the file ends early. Reading on would load a part as the whole.
    const why = String((cause as Error).message ?? cause).split("\n")[0] ?? "";
    throw inputError({ file }, words("damagedGzip", why), words("damagedGzipHint"), cause);
  } finally {
    stream.destroy();
  }
  const unpacked = Buffer.concat(chunks);
  refuseUtf16(unpacked, file);
  return { text: unpacked.toString("utf8").slice(0, limit), bytes, gzip, complete: got < limit };
}

/** Splits one CSV header line into names (quote-aware; a UTF-8 byte-order mark is dropped). */
export function parseHeaderLine(line: string, delim: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  const text = line.replace(/^\uFEFF/, "");
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delim) {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  out.push(cur.trim().replace(/\r$/, ""));
  return out;
}
