import {z} from 'zod'
import {Root} from '../dist/index.js'
try { z.compile(Root,{strict:true}) } catch(e){ console.log(e.message) }
