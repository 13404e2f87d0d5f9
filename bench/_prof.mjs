import {readFileSync} from 'node:fs'
import {parseKamerbrief} from '../dist/index.js'
const letter = readFileSync('/work/shared/corpus/defensie-ek-begroting-2026.md','utf8')
const mode = process.argv[2] ?? 'markdown'
const rep = Number(process.argv[3] ?? 1)
const validate = process.argv[4] !== 'novalid'
const input = letter.repeat(rep)
const n = Math.max(2, Math.round(50 / rep))
for (let i = 0; i < n; i++) parseKamerbrief(input, {format: mode, validate})
