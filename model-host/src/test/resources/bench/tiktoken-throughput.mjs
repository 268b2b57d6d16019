// Throughput of the npm package `tiktoken` (OpenAI's Rust tokenizer compiled to WebAssembly) on the same
// FLORES-200 texts PremiumBenchmark tokenizes in Java, built the same way (Petrov et al.'s joining).
// Node runs JavaScript on one thread, so this is MB/s per thread.
//
//   node tiktoken-throughput.mjs PREFIX FLORES_DIR CODES ENCODING REPEATS
//     PREFIX: folder whose node_modules holds tiktoken (npm install --prefix PREFIX tiktoken)
// Prints one JSON line: {"encoding", "bytes", "tokens", "seconds" (median of REPEATS), "mb_per_s"}.

import {createRequire} from 'node:module'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'

const [prefix, floresDir, codesArg, encodingName, repeatsArg] = process.argv.slice(2)
const require = createRequire(join(prefix, 'package.json'))
const {get_encoding} = require('tiktoken')

/** dev and devtest split on "\n" (keeping the empty string after the final newline), joined with one space. */
function petrov(code) {
  return ['dev', 'devtest']
    .flatMap((split) => readFileSync(join(floresDir, split, `${code}.${split}`), 'utf8').split('\n'))
    .join(' ')
}

const texts = codesArg.split(',').map(petrov)
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0)
const encoding = get_encoding(encodingName)

function pass() {
  let tokens = 0
  for (const text of texts) tokens += encoding.encode_ordinary(text).length
  return tokens
}

pass() // warm-up: the WebAssembly module compiles and its caches fill on first use
pass()
const seconds = []
let tokens = 0
for (let r = 0; r < Number(repeatsArg); r++) {
  const start = process.hrtime.bigint()
  tokens = pass()
  seconds.push(Number(process.hrtime.bigint() - start) / 1e9)
}
seconds.sort((a, b) => a - b)
const median = seconds[Math.floor(seconds.length / 2)]
encoding.free()
console.log(JSON.stringify({encoding: encodingName, bytes, tokens, seconds: median, mb_per_s: bytes / 1e6 / median}))
