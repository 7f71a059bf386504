import { readFile } from 'node:fs/promises';
import { decodeText, utf16Encoding } from '@isp-kit/schemas';
import { StringDecoder } from 'node:string_decoder';
import type { Readable, Writable } from 'node:stream';

/** The streams and exit codes a command works with, so tests can run commands in-process. */
export type CliIo = {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /**
   * Told when a record's error line is written, or a report that fails is about to be written,
   * with the exit code it makes (1 unless given): a reader that stops early still sees it.
   */
  onRecordFailed?: (exitCode?: number) => void;
  /** Stdin is a folder (`isp-rules smart --jsonl < plans/`), which Node reads as empty input. */
  stdinIsFolder?: boolean;
};

/** 0: every record passed; 1: some record failed; 2: usage error or unreadable file. */
export const EXIT_OK = 0;
export const EXIT_RECORD_FAILED = 1;
export const EXIT_USAGE = 2;

/** Thrown for bad arguments and unreadable files; `main` prints it and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Writes and waits when the pipe is full, so piping thousands of records keeps memory flat. */
export async function writeOut(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) {
    await new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        stream.off('drain', done);
        stream.off('error', done);
        if (error) reject(error);
        else resolve();
      };
      stream.once('drain', done);
      stream.once('error', done);
    });
  }
}

/**
 * Reads a text file as `decodeText` does (UTF-8, or UTF-16 with its byte-order mark; a file in
 * another encoding is refused, naming the byte), without the byte-order mark Windows editors save.
 */
export async function readTextFile(path: string): Promise<string> {
  const text = decodeText(await readFile(path));
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

type ChunkDecoder = { write(bytes: Buffer): string; end(): string };

/**
 * Decodes text that arrives in chunks, which may cut a character anywhere: as UTF-16 (LE or
 * BE, dropping the mark) when the first two bytes are a UTF-16 byte-order mark, otherwise as
 * UTF-8 exactly as `StringDecoder('utf8')` does (a UTF-8 byte-order mark is left to the caller).
 * Bytes it cannot read become U+FFFD, as they do there; `sawUnreadableBytes` says whether any
 * did, so that a U+FFFD written in valid text is not taken for one.
 */
export class TextChunkDecoder implements ChunkDecoder {
  /** The first byte, held until the second shows whether it opens a UTF-16 byte-order mark. */
  #head: Buffer | undefined;
  #decoder: ChunkDecoder | undefined;
  /** Reads the same bytes strictly, only to notice the first it cannot read; then dropped. */
  #strict: InstanceType<typeof TextDecoder> | undefined;
  sawUnreadableBytes = false;

  write(chunk: Buffer): string {
    if (this.#decoder !== undefined) return this.#read(chunk);
    const bytes = this.#head === undefined ? chunk : Buffer.concat([this.#head, chunk]);
    if (bytes.length < 2) {
      this.#head = bytes;
      return '';
    }
    this.#head = undefined;
    this.#start(bytes);
    return this.#read(bytes);
  }

  end(): string {
    if (this.#decoder === undefined) {
      const bytes = this.#head ?? Buffer.alloc(0);
      this.#start(bytes);
      return this.#read(bytes) + this.#read(undefined);
    }
    return this.#read(undefined);
  }

  /** Decodes `bytes`, or the end of the input when undefined. */
  #read(bytes: Buffer | undefined): string {
    try {
      this.#strict?.decode(bytes, { stream: bytes !== undefined });
    } catch {
      this.sawUnreadableBytes = true;
      this.#strict = undefined;
    }
    return bytes === undefined ? this.#decoder!.end() : this.#decoder!.write(bytes);
  }

  #start(bytes: Buffer): void {
    const encoding = utf16Encoding(bytes);
    this.#strict = new TextDecoder(encoding ?? 'utf-8', { fatal: true, ignoreBOM: true });
    if (encoding === undefined) this.#decoder = new StringDecoder('utf8');
    else {
      const decoder = new TextDecoder(encoding);
      this.#decoder = { write: (more) => decoder.decode(more, { stream: true }), end: () => decoder.decode() };
    }
  }
}
