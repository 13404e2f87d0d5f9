import {readFileSync} from 'node:fs'
import {z} from 'zod'
import {parseKamerbrief, Root} from '../dist/index.js'
const letter = readFileSync('/work/shared/corpus/defensie-ek-begroting-2026.md','utf8')
const tree = parseKamerbrief(letter,{format:'markdown',validate:false})
const time=(name,f,n=30)=>{for(let i=0;i<5;i++)f();const t=performance.now();let r;for(let i=0;i<n;i++)r=f();console.log(name,((performance.now()-t)/n).toFixed(2),'ms',typeof r==='object'?r.success:r)}
time('safeParse', ()=>Root.safeParse(tree))
time('validate', ()=>Root.validate(tree))
let t0=performance.now(); const C = z.compile(Root); console.log('compile ms', (performance.now()-t0).toFixed(1), C===Root)
time('compiled safeParse', ()=>C.safeParse(tree))
time('compiled validate', ()=>C.validate(tree))
const bad = structuredClone(tree); bad.children[0].type='lettr'
time('compiled validate bad', ()=>C.validate(bad))
const r = C.safeParse(bad); console.log(r.success, r.error.issues.length, r.error.issues.slice(0,3).map(i=>i.path.join('.')+': '+i.message))
const r2 = Root.safeParse(bad); console.log(r2.success, r2.error.issues.length, r2.error.issues.slice(0,3).map(i=>i.path.join('.')+': '+i.message))
