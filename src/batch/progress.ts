/** The progress line of `kamerbrief parse` on a terminal: files done of total, rate and time left. */

export interface ProgressStream {
  write(chunk: string): unknown
  columns?: number
}

const REDRAW_MS = 100

/** The rate is measured over about this many seconds: the first files are slow, while the workers warm up. */
const RATE_WINDOW_MS = 5000

export class Progress {
  private readonly started = Date.now()
  private drawn = 0
  private visible = false
  /** [time, done] pairs of recent redraws, oldest first. */
  private readonly recent: Array<[number, number]> = []

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number
  ) {}

  /** Redraws the line, at most every 100 ms unless `force`. */
  update(done: number, failed: number, force = false): void {
    const now = Date.now()
    if (!force && now - this.drawn < REDRAW_MS) return
    this.drawn = now
    this.recent.push([now, done])
    while (this.recent.length > 2 && now - this.recent[1]![0] >= RATE_WINDOW_MS) this.recent.shift()
    const [since, doneThen] = this.recent[0]!
    const rate = now - this.started < 1000 || now === since ? Number.NaN : ((done - doneThen) * 1000) / (now - since)
    // A terminal that reports no size (0 columns) gets 80.
    this.stream.write(`\r${line(done, failed, this.total, rate, this.stream.columns || 80)}\u001b[K`)
    this.visible = true
  }

  /** Removes the line, so what is printed next starts on a clean line. */
  clear(): void {
    if (this.visible) this.stream.write('\r\u001b[K')
    this.visible = false
  }
}

/**
 * "[█████░░░░░]  1234/5000  25%  412 files/s  ETA 0:09  2 failed", fitted to `width` columns;
 * `rate` is files per second, NaN while unknown.
 */
export function line(done: number, failed: number, total: number, rate: number, width: number): string {
  const share = total > 0 ? done / total : 1
  const known = Number.isFinite(rate) && rate > 0
  const counts = `${String(done).padStart(String(total).length)}/${total}  ${String(Math.floor(share * 100)).padStart(3)}%`
  const speed = known ? `${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} files/s  ETA ${clock((total - done) / rate)}` : '- files/s  ETA -:--'
  const tail = `  ${counts}  ${speed}${failed > 0 ? `  ${failed} failed` : ''}`
  const barWidth = Math.max(0, Math.min(30, width - tail.length - 3))
  if (barWidth < 5) return tail.trim().slice(0, Math.max(0, width - 1))
  const filled = Math.round(share * barWidth)
  return `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}]${tail}`
}

/** 75 → "1:15", 3725 → "1:02:05". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds))
  const two = (n: number) => String(n).padStart(2, '0')
  return s >= 3600 ? `${Math.floor(s / 3600)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}` : `${Math.floor(s / 60)}:${two(s % 60)}`
}
