import { fileKindOf } from './file-kind.js';
import { giveBack, scanWholeNow, takeBuffers } from './stream-scan.js';
import { openReaderNow, type FileReader } from './file-reader.js';
import { FindingsTally } from './findings.js';
import { ENCRYPTED_NOTE, LEVELDB_NOTE, entryOf, notRead, readLimit, scanOneFile, withFindings, type FileScanOptions, type ScannedFile } from './scan-file.js';
import type { FileScan } from './scan-report.js';

/**
 * `scanOneFile` for a scanning thread, whose reads block: a file that one read takes whole (a cache folder's
 * thousands of entries, most settings files) is opened, read, matched and closed without a promise, through one sink
 * kept for all of them. What that read does not settle (a database, a file longer than a chunk) goes on as
 * `scanOneFile` on the handle already open, so every file is still opened once. Same entry, same notes.
 */
export function scanFileNow(root: string, file: ScannedFile, options: FileScanOptions): FileScan | Promise<FileScan> {
  const buffers = takeBuffers();
  if (file.raw || file.size >= buffers.chunk || file.size > readLimit(options)) {
    giveBack(buffers);
    return scanOneFile(root, file, options);
  }
  const entry = entryOf(root, file);
  let handle: FileReader | undefined;
  let handedOn = false;
  try {
    handle = openReaderNow(file.path);
    const first = handle.readNow!(buffers.spare[0], 0, buffers.chunk, 0);
    entry.kind = fileKindOf(buffers.spare[0].subarray(0, first), file.path, file.siblings);
    // The one read was the whole file when it came back short of a chunk and no shorter than the walk saw it.
    const whole = first === 0 || (first >= file.size && first < buffers.chunk);
    if (entry.kind === 'sqlite' || !whole) {
      const opened = { handle, buffers, first };
      handedOn = true;
      return scanOneFile(root, file, options, opened);
    }
    if (entry.kind === 'encrypted') {
      entry.note = ENCRYPTED_NOTE;
      return entry;
    }
    if (entry.kind === 'leveldb') entry.note = LEVELDB_NOTE;
    options.signal?.throwIfAborted();
    const tally = new FindingsTally();
    scanWholeNow(buffers.window, first, tally);
    if (first > 0) options.onBytes?.(first);
    return withFindings(entry, tally);
  } catch (error) {
    return notRead(entry, error, options);
  } finally {
    if (!handedOn) {
      handle?.closeNow?.();
      giveBack(buffers);
    }
  }
}
