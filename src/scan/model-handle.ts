// The scanner's handle on its model. A fully cached re-scan should not pay for loading a model it will not run, so
// the model's description (name, type, fingerprint) is remembered in the result cache under a cheap key built from
// the checkpoint's config.json and the size and modification time of its files; the model itself is loaded on the
// first cache miss. Without a remembered description the model is loaded at once, as before.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Detector, DetectorInfo } from '../model/detector.js';
import type { LoadOptions } from '../model/registry.js';
import { writeFileAtomic } from './atomic.js';

export interface ModelHandle {
  readonly info: DetectorInfo;
  /** The detector, loaded on first use. */
  get(): Promise<Detector>;
  /** Closes the detector if this handle loaded it. */
  close(): Promise<void>;
}

/** Wraps a detector the caller owns (and closes). */
export function ownedBy(detector: Detector): ModelHandle {
  return { info: detector.info, get: async () => detector, close: async () => {} };
}

/**
 * Example: const m = await openModel('models/default', { threads: 2 }, '.cwescan-cache');
 *          m.info.fingerprint -> 'e3b0…' (no model loaded yet when the description was remembered)
 */
export async function openModel(dir: string, options: LoadOptions, cacheDir: string | null): Promise<ModelHandle> {
  // The registry pulls in ONNX Runtime: import it only when a model is really loaded.
  const load = async (): Promise<Detector> => (await import('../model/registry.js')).loadDetector(dir, options);
  const key = cacheDir ? await checkpointKey(dir, options.precision ?? 'int8') : null;
  const infoPath = cacheDir && key ? join(cacheDir, 'models', `${key}.json`) : null;
  const remembered = infoPath ? await readInfo(infoPath, dir) : null;
  let detector: Detector | null = null;
  if (!remembered) {
    detector = await load();
    if (infoPath && cacheDir) {
      await mkdir(join(cacheDir, 'models'), { recursive: true })
        .then(() => writeFileAtomic(infoPath, JSON.stringify(detector!.info)))
        .catch(() => undefined); // the result cache reports its own write problems
    }
  }
  let loading: Promise<Detector> | null = detector ? Promise.resolve(detector) : null;
  return {
    info: detector?.info ?? remembered!,
    get() {
      loading ??= load().then((d) => (detector = d));
      return loading;
    },
    async close() {
      await detector?.close();
    },
  };
}

/**
 * sha256 of the precision, config.json and the name, size and mtime of every file in the checkpoint; null if
 * unreadable.
 */
async function checkpointKey(dir: string, precision: string): Promise<string | null> {
  try {
    // 'v2': descriptions remembered before DetectorInfo had `locator` must not stand for models that have one.
    const hash = createHash('sha256')
      .update(`v2\0${precision}\0`)
      .update(await readFile(join(dir, 'config.json')));
    for (const name of (await readdir(dir)).sort()) {
      const st = await stat(join(dir, name));
      if (st.isFile()) hash.update(`\0${name}\0${st.size}\0${st.mtimeMs}`);
    }
    return hash.digest('hex');
  } catch {
    return null;
  }
}

async function readInfo(path: string, dir: string): Promise<DetectorInfo | null> {
  try {
    const v = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
    if (
      typeof v.modelType === 'string' &&
      typeof v.name === 'string' &&
      typeof v.isTestModel === 'boolean' &&
      typeof v.fingerprint === 'string' &&
      v.fingerprint.length > 0
    ) {
      return {
        modelType: v.modelType,
        name: v.name,
        isTestModel: v.isTestModel,
        fingerprint: v.fingerprint,
        path: dir,
        ...(v.precision === 'int8' || v.precision === 'fp32' ? { precision: v.precision } : {}),
        ...(v.locator === 'line-scores' || v.locator === 'occlusion' ? { locator: v.locator } : {}),
      };
    }
  } catch {
    // missing or torn: load the model instead
  }
  return null;
}
