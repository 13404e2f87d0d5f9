/** Other renderings of a document, made without reading its tree: for the rendering-invariance tests. */

/** Each line longer than `width` broken at its last space within it, as `fold -s` does; shorter lines stay. */
export function rewrap(input: string, width: number): string {
  const out: string[] = []
  for (let line of input.split('\n')) {
    while (line.length > width) {
      const cut = line.lastIndexOf(' ', width)
      if (cut <= 0) break
      out.push(line.slice(0, cut))
      line = line.slice(cut + 1)
    }
    out.push(line)
  }
  return out.join('\n')
}

/** A form feed and a running footer at the first line end after every `every` characters. */
export function paginate(input: string, every: number): string {
  let out = ''
  let page = 1
  let since = 0
  for (const line of input.split('\n')) {
    out += `${line}\n`
    since += line.length + 1
    if (since >= every) {
      out += `Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1234 ${page++}\n\f`
      since = 0
    }
  }
  return out
}
