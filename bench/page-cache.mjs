// Cold runs: the corpus is dropped from the page cache before each one (posix_fadvise DONTNEED on every file), which
// needs no root. Node has no fadvise; python3's os module has it. Where neither works the cold rows say so.
import { spawnSync } from 'node:child_process';

const SCRIPT = `
import os, sys
for base, dirs, files in os.walk(sys.argv[1]):
    for name in files:
        try:
            fd = os.open(os.path.join(base, name), os.O_RDONLY)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            os.close(fd)
        except OSError:
            pass
`;

/** Drops `dir`'s files from the page cache; false where that cannot be done here. */
export function dropFromPageCache(dir) {
  const r = spawnSync('python3', ['-c', SCRIPT, dir], { stdio: 'ignore' });
  return !r.error && r.status === 0;
}
