/**
 * Reads the start of a file (gunzipping when needed) to recognise its layout without reading it all.
 */
import { constants, createReadStream } from "node:fs";
import { access, stat } from "node:fs/promises";
import { createGunzip } from "node:zlib";
import { InputError } from "../errors.ts";

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

/** The first `limit` characters of the (decompressed) file. */
export async function readHead(file: string, limit = 256 * 1024): Promise<FileHead> {
  let bytes: number;
  try {
    const st = await stat(file);
    if (!st.isFile()) throw new InputError("is not a file", { file }, "pass the path of a CSV or JSON export");
    bytes = st.size;
    // stat needs no read permission; the reads below do, and would fail as an unexplained error.
    await access(file, constants.R_OK);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM") throw new InputError("cannot be read: permission denied", { file }, "make it readable for this user (chmod a+r), or copy it somewhere you own", { cause: e });
    throw new InputError("cannot open the file", { file }, "check the path", { cause: e });
  }
  if (bytes === 0) throw new InputError("the file is empty", { file }, "export the data again; a header alone is not enough either");
  const magic = await firstBytes(file, 4);
  const gzip = magic[0] === GZIP_MAGIC[0] && magic[1] === GZIP_MAGIC[1];
  if (magic[0] === ZIP_MAGIC[0] && magic[1] === ZIP_MAGIC[1] && !file.toLowerCase().endsWith(".zip")) {
    throw new InputError("is a zip archive", { file }, "unzip it first, or give it a .zip name");
  }
  // DuckDB picks its decompression by the name, so a plain file named .gz would fail deep inside the reader.
  if (!gzip && /\.gz$/i.test(file)) throw new InputError("is named .gz but is not gzip-compressed", { file }, "rename it without .gz, or compress it with gzip");
  if (!gzip) return { text: (await firstBytes(file, limit)).toString("utf8"), bytes, gzip, complete: bytes <= limit };
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
    if (got === 0) throw new InputError("is not a valid gzip file", { file }, "decompress it with gunzip to see what is wrong", { cause });
    // The stream failed before the head was full: the file ends early. Reading on would load a part as the whole.
    const why = String((cause as Error).message ?? cause).split("\n")[0];
    throw new InputError(`is a damaged gzip file (${why}): it was probably cut short`, { file }, "download or compress it again; `gzip -t FILE` checks a copy", { cause });
  } finally {
    stream.destroy();
  }
  return { text: Buffer.concat(chunks).toString("utf8").slice(0, limit), bytes, gzip, complete: got < limit };
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
