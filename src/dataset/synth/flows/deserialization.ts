// CWE-502: a request's bytes deserialized with a format that can build arbitrary objects (pickle, marshal,
// yaml.Loader, jsonpickle). Fixes read the same bytes as plain data (json, yaml.safe_load).
import { type Flow, type PairForm, call, drawPair } from './flow.js';

const json = call((a) => `json.loads(${a})`, { imports: ['import json'] });
const safeYaml = call((a) => `yaml.safe_load(${a})`, { imports: ['import yaml'] });

export const deserialization: Flow = {
  cwe: 'CWE-502',
  name: 'deserialize',
  wish: { webOnly: true, bytes: true },
  keys: ['state', 'payload', 'session', 'upload', 'blob'],
  handlers: ['restore_state', 'import_settings', 'load_profile', 'receive_job', 'upload_config', 'resume_session'],
  results: ['state', 'obj', 'settings', 'job', 'data'],
  pair(p) {
    const pairs: PairForm[] = [
      [
        call((a) => `pickle.loads(${a})`, { imports: ['import pickle'] }),
        'unpickles the request bytes, and unpickling runs code named by the data',
        json,
        'parses the request bytes as JSON, which builds only plain values',
      ],
      [
        call((a) => `yaml.load(${a}, Loader=yaml.Loader)`, { imports: ['import yaml'] }),
        'loads the request bytes with yaml.Loader, which builds arbitrary Python objects',
        safeYaml,
        'loads the request bytes with yaml.safe_load(), which builds only plain values',
      ],
      [
        call((a) => `yaml.unsafe_load(${a})`, { imports: ['import yaml'] }),
        'loads the request bytes with yaml.unsafe_load(), which builds arbitrary Python objects',
        safeYaml,
        'loads the request bytes with yaml.safe_load(), which builds only plain values',
      ],
      [
        call((a) => `marshal.loads(${a})`, { imports: ['import marshal'] }),
        'reads the request bytes with marshal, which is not meant for untrusted data and can build code objects',
        json,
        'parses the request bytes as JSON, which builds only plain values',
      ],
      [
        call((a) => `jsonpickle.decode(${a})`, { imports: ['import jsonpickle'] }),
        'decodes the request body with jsonpickle, which rebuilds any class the data names',
        json,
        'parses the request body as JSON, which builds only plain values',
      ],
    ];
    return drawPair(p, pairs);
  },
  lookalike(p) {
    return p.pick([
      { sink: json, why: 'The handler parses the request bytes as JSON, which builds only plain values.' },
      { sink: safeYaml, why: 'The handler loads the request bytes with yaml.safe_load().' },
      {
        sink: call(() => 'pickle.loads(DEFAULTS_BLOB)', {
          imports: ['import pickle'],
          setup: [{ text: 'DEFAULTS_BLOB = pickle.dumps({"theme": "light", "page_size": 20})' }],
        }),
        why: 'The handler unpickles bytes the module made itself from constants; no request data is unpickled.',
      },
    ]);
  },
};
