/**
 * Bounded decompression: a 1 MB archive can unpack to gigabytes (a "zip bomb"). The bytes coming out of zlib are
 * counted as they stream and the stream is stopped as soon as they pass a cap on the total or on the ratio to the
 * compressed size, so neither the temporary folder nor the reader ever sees more than the cap.
 */
import { Transform, type TransformCallback } from "node:stream";

export interface InflateLimits {
  /** The most bytes a compressed file may unpack to. */
  maxBytes: number;
  /** The most a compressed file may grow (unpacked ÷ compressed bytes), checked past RATIO_FLOOR bytes. */
  maxRatio: number;
}

/** Real exports compress 5–12× (UCDP GED 9×, GDELT 7×); 100× is far past any of them. */
export const DEFAULT_INFLATE_LIMITS: InflateLimits = { maxBytes: 8 * 2 ** 30, maxRatio: 100 };

/** Small files may compress better than any real export (a header and a few repeated rows): ratios count past this. */
export const RATIO_FLOOR = 16 * 2 ** 20;

/** Raised (as a stream error) when the output passes a limit; `message` says which. */
export class InflateLimitExceeded extends Error {
  override name = "InflateLimitExceeded";
}

/** A pass-through that counts what flows and fails the stream once it passes `limits` for `compressedBytes` of input. */
export class BoundedOutput extends Transform {
  bytes = 0;
  constructor(
    private readonly compressedBytes: number,
    private readonly limits: InflateLimits,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    const { maxBytes, maxRatio } = this.limits;
    if (this.bytes > maxBytes) {
      done(new InflateLimitExceeded(`unpacks to more than ${maxBytes.toLocaleString("en")} bytes`));
    } else if (this.bytes > RATIO_FLOOR && this.bytes > maxRatio * Math.max(1, this.compressedBytes)) {
      done(new InflateLimitExceeded(`unpacks to more than ${maxRatio}× its ${this.compressedBytes.toLocaleString("en")} compressed bytes`));
    } else done(null, chunk);
  }
}

/** The hint every refusal for a limit carries. */
export const INFLATE_LIMIT_HINT = "refused as a possible decompression bomb; if the file is genuine, unpack it yourself and ingest the plain file";
