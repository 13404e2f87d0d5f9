import {readFileSync} from 'node:fs'
import {parseKamerbrief} from '/work/main/dist/index.js'
import {fromMarkdown} from 'mdast-util-from-markdown'
const letter = readFileSync('/work/shared/corpus/defensie-ek-begroting-2026.md','utf8')
console.log(letter.length)
const time=(f,n=20)=>{for(let i=0;i<3;i++)f();const t=performance.now();for(let i=0;i<n;i++)f();return (performance.now()-t)/n}
const a=time(()=>parseKamerbrief(letter,{format:'markdown'}))
const b=time(()=>fromMarkdown(letter))
const c=time(()=>parseKamerbrief(letter,{format:'text'}))
const d=time(()=>parseKamerbrief(letter,{format:'markdown',validate:false}))
const big=letter.repeat(16)
const e=time(()=>parseKamerbrief(big,{format:'markdown'}),2)
const f=time(()=>parseKamerbrief(big,{format:'text'}),2)
console.log({parse:a,fromMd:b,text:c,novalid:d,bigMd:e/16, bigText:f/16})
