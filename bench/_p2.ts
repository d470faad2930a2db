import { SearchIndex } from '../src/main/core/search/search-index';
import { sampleEntry } from './vault';
const idx = new SearchIndex();
let t0 = performance.now();
for (let i = 0; i < 10000; i++) idx.put(sampleEntry(i));
console.log('build', Math.round(performance.now() - t0));
const qs = ['council','coun','councl','"river garden"','council river','volunteers','eld','silense'];
for (const text of qs) {
  const times: number[] = [];
  let n = 0;
  for (let r = 0; r < 6; r++) { const t = performance.now(); const res = idx.search({ text } as never); n = res.hits.length; times.push(performance.now() - t); }
  times.sort((a,b)=>a-b);
  console.log(text.padEnd(16), times.map(x=>x.toFixed(1)).join(' '), 'hits', n);
}
