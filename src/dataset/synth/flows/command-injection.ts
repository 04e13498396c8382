// CWE-78: outside input reaches a shell. Fixes run the program without a shell (an argument list) or quote the
// input with shlex.quote; both put "--" before it, so it cannot become an option either (the dataset files option
// injection without a shell under CWE-77, which these templates leave out).
import { line } from '../code.js';
import type { Picker } from '../random.js';
import { type Flow, type PairForm, type Sink, call, drawPair } from './flow.js';

/** Programs that take one operand and accept "--" (getopt): [display name, argv before the operand]. */
const PROGRAMS: readonly (readonly string[])[] = [
  ['ping', '-c', '1'],
  ['du', '-sh'],
  ['wc', '-l'],
  ['file', '--brief'],
  ['ls', '-l'],
  ['stat'],
  ['sha256sum'],
  ['gzip', '-k'],
  ['whois'],
];

const SUBPROCESS = ['import subprocess'];

function drawProgram(p: Picker): { words: string; list: string } {
  const argv = p.pick(PROGRAMS);
  return { words: argv.join(' '), list: argv.map((w) => `"${w}"`).join(', ') };
}

export const commandInjection: Flow = {
  cwe: 'CWE-78',
  name: 'shell',
  wish: {},
  keys: ['host', 'path', 'target', 'name', 'filename', 'domain'],
  handlers: ['check_host', 'disk_usage', 'count_lines', 'inspect_file', 'list_dir', 'checksum', 'lookup', 'compress'],
  results: ['output', 'result', 'status', 'report'],
  pair(p) {
    const { words, list } = drawProgram(p);
    const args = `[${list}, "--", `;
    const pairs: PairForm[] = [
      [
        call((a) => `os.system("${words} " + ${a})`, { imports: ['import os'] }),
        'concatenates the input into a command line run by os.system(), so shell metacharacters in it run commands',
        call((a) => `subprocess.run(${args}${a}]).returncode`, { imports: SUBPROCESS }),
        'runs the program from an argument list without a shell, the input one argument after "--"',
      ],
      [
        { ...call((a) => `os.popen(f"${words} {${a}}").read()`, { imports: ['import os'] }), needsName: true },
        'formats the input into a command line read through os.popen(), which runs it in a shell',
        call((a) => `subprocess.run(${args}${a}], capture_output=True, text=True).stdout`, { imports: SUBPROCESS }),
        'runs the program from an argument list without a shell, the input one argument after "--"',
      ],
      [
        {
          ...call((a) => `subprocess.check_output(f"${words} {${a}}", shell=True, text=True)`, { imports: SUBPROCESS }),
          needsName: true,
        },
        'formats the input into a command run with shell=True',
        call((a) => `subprocess.check_output(${args}${a}], text=True)`, { imports: SUBPROCESS }),
        'passes an argument list without shell=True, the input one argument after "--"',
      ],
      [
        call((a) => `subprocess.run("${words} " + ${a}, shell=True, capture_output=True, text=True).stdout`, {
          imports: SUBPROCESS,
        }),
        'concatenates the input into a command run with shell=True',
        call(
          (a) =>
            `subprocess.run("${words} -- " + shlex.quote(${a}), shell=True, capture_output=True, text=True).stdout`,
          { imports: [...SUBPROCESS, 'import shlex'] },
        ),
        'quotes the input with shlex.quote() after "--", so the shell sees it as one operand',
      ],
      [
        call((a) => `subprocess.getoutput("${words} %s" % ${a})`, { imports: SUBPROCESS }),
        'formats the input into a command run by subprocess.getoutput(), which uses a shell',
        call((a) => `subprocess.getoutput("${words} -- %s" % shlex.quote(${a}))`, {
          imports: [...SUBPROCESS, 'import shlex'],
        }),
        'quotes the input with shlex.quote() after "--" before the shell sees it',
      ],
      [
        {
          imports: ['import os'],
          needsName: true,
          render: (a) => ({
            pre: [line(`command = f"${words} {${a}}"`, true)],
            expr: 'os.system(command)',
          }),
        },
        'builds a command line from the input and runs it with os.system(), so shell metacharacters in it run commands',
        {
          imports: ['import os', 'import shlex'],
          needsName: true,
          render: (a) => ({
            pre: [line(`command = f"${words} -- {shlex.quote(${a})}"`)],
            expr: 'os.system(command)',
          }),
        },
        'quotes the input with shlex.quote() after "--" before building the command line',
      ],
    ];
    return drawPair(p, pairs);
  },
  lookalike(p) {
    const { words, list } = drawProgram(p);
    const [sink, why] = p.pick<[Sink, string]>([
      [
        call(() => `subprocess.run("uptime", shell=True, capture_output=True, text=True).stdout`, {
          imports: SUBPROCESS,
        }),
        'runs a fixed command through the shell; no input reaches it',
      ],
      [
        call(() => `os.system("${words} /var/log")`, { imports: ['import os'] }),
        'runs a fixed command line; no input reaches the shell',
      ],
      [
        call((a) => `subprocess.run([${list}, "--", ${a}], capture_output=True, text=True).stdout`, {
          imports: SUBPROCESS,
        }),
        'runs the program from an argument list without a shell',
      ],
    ]);
    return { sink, why: `The handler ${why}.` };
  },
};
