/**
 * Flattened text: a whole document on one line, as the text columns of public datasets hold it
 * ("… nr. 403 Vraag 1 Kent u de berichten …? Antwoord 1 Ja. Vraag 2 en 3 …"). Its lines are
 * virtual: ranges of the one physical line, so every offset stays an offset into the input and no
 * character is added or removed.
 *
 * Where the flattener kept a run of spaces for each line break ("…gelaten?    De Algemene
 * Rekenkamer …"), the runs give the lines back: two or three spaces a line break, four or more a
 * blank line. Where it joined the lines with single spaces, a line starts where the text itself
 * shows one does: question and answer headings, letterhead sentences and labels, salutations,
 * closings and signature roles, page furniture, footnote texts at page bottoms, numbered
 * questions, and the end of a question before its answer.
 */
import {ANSWER_HEADING, DOCUMENT_START, LETTERHEAD_LINE, LETTERHEAD_START, ORDINAL, QUESTION_HEADING} from '../blocks.js'
import {DUTCH_DATE} from '../dutch/dates.js'
import {CLOSING, SALUTATION, SIGNATORY_ROLE} from '../dutch/letter.js'
import {LETTERHEAD_PHRASES, letterheadLabelAt} from '../dutch/letterhead.js'
import {NOTA_PURPOSES} from '../dutch/nota.js'
import {FRACTIE_OPENING, QUESTION_OPENING} from '../dutch/questions.js'
import {ELISION_WORDS} from '../dutch/sentences.js'
import {NUMBERED_LINE} from '../footnotes.js'
import {isBlank, isSpace, type Line, lineText, readPlainLine, splitLines} from '../lines.js'
import {COLOPHON, FOOTER, isPageOfPages, NAVIGATION, PAGE_NUMBER} from '../page-furniture.js'
import {plainReadingText, type ReadingContext, type ReadingText} from '../reading-text.js'
import {type Anchored, anchored, openMatch, opens} from '../starts.js'
import type {Source} from './source.js'

/**
 * Inputs shorter than this are read as text even on one line: a heading, a sentence, a note. The
 * shortest document of the corpus (a beslisnota dumped from HTML) has 897 characters.
 */
const MIN_LENGTH = 500
/**
 * A flattened input has fewer line breaks than one per this many characters. Measured on the
 * corpus: the documents that keep their lines break one every 23 to 143 characters (a Markdown
 * letter whose paragraphs are lines, 136); the flattened ones not at all.
 */
const CHARACTERS_PER_BREAK = 1000
/**
 * A run of spaces stands for a line break, a run of this many or more for a blank line. Measured on
 * the Rekenkamer letter flattened with runs: 242 runs of two spaces where lines broke, 6 of three
 * (a line that ended in a space), and 62 of four and 32 longer where blank lines stood.
 */
const BLANK_RUN = 4
/**
 * Between runs of spaces, a stretch longer than this is no printed line: its lines were joined by
 * single spaces, and are found by what the text shows (as in a line without runs at all). Lines of
 * pdftotext output reach some 160 characters; the longest stretch of the Rekenkamer letter that is
 * one line, 141.
 */
const MAX_LINE = 160
/** How far ahead of a word start a line start is looked for: the longest heading, label or footer. */
const WINDOW = 240
/**
 * The longest footnote text at a page bottom looked for, in characters. The longest of the corpus,
 * a newspaper article with its web address ("1Brabants Dagblad, 2 juli 2023, «Verguisde stalvloer
 * …» (https://www.bd.nl/…)."), has some 300.
 */
const MAX_FOOTNOTE = 600
/** How many words a line that must match whole (a heading, a closing, a colophon line) may have. */
const MAX_WORDS = 14

/** Whether `sample`, the start of an input, is long and has (almost) no line breaks. */
export function isFlattened(sample: string): boolean {
  if (sample.length < MIN_LENGTH) return false
  const allowed = Math.floor(sample.length / CHARACTERS_PER_BREAK) - 1
  let breaks = 0
  for (let at = 0; at < sample.length; at++) {
    const code = sample.charCodeAt(at)
    // "\r\n" counts once: its "\n" is what is counted.
    if ((code === 10 || (code === 13 && sample.charCodeAt(at + 1) !== 10)) && ++breaks > allowed) return false
  }
  return true
}

/** The Aanhangsel title whole, so the number after it stands alone: "… gegeven antwoorden 698 Vragen van het lid …". */
const AANHANGSEL_TITLE_LINE = anchored(new RegExp(`^${LETTERHEAD_PHRASES.aanhangselTitle}${LETTERHEAD_PHRASES.aanhangselTitleEnd}$`, 'i'), 'vV')
/** "Vragen van het lid …", "Antwoord van Minister …": sentences only a letterhead starts with, wherever the line before ended. */
const LETTERHEAD_SENTENCE = anchored(new RegExp(`^(?:${LETTERHEAD_PHRASES.asked}|${LETTERHEAD_PHRASES.answered}\\S)`, 'i'), 'vVaAmM')
/** "Voorzitter van de Tweede Kamer der Staten-Generaal", "Aan de Voorzitter van de Eerste Kamer …". */
const ADDRESSEE = anchored(new RegExp(`^${LETTERHEAD_PHRASES.addressee}`, 'i'), 'aAdDvV')
/** "Zie ook Aanhangsel Handelingen, vergaderjaar 2014–2015, nr. 403", after the answering minister. */
const SEE_ALSO = anchored(new RegExp(`^${LETTERHEAD_PHRASES.seeAlso}`, 'i'), 'zZ')
/** What may follow a heading on the same flattened line: the start of a sentence, or nothing. */
const SENTENCE_START = /^(?:$|\s+[\p{Lu}«"“‘'(])/u
/** A word in lower case: a heading after it is a word in its sentence ("zie Vraag 2", "artikel 1."); not after a name ("Freriks 1. Waar …"). */
const PROSE_WORD = /^\p{Ll}[\p{L}’'-]*$/u
/** Whether a line may start after `word` (see `Cutter.boundary`). */
const isBoundaryAfter = (word: string) => word === '' || (!PROSE_WORD.test(word) && !/[,(\-–/]$/.test(word))
/** A lijst's question number alone before its question: "1 Welke lessen …". */
const BARE_NUMBER = /^(\d{1,3}) (?=[\p{Lu}«"“‘(])/u
/** How far the first sentence of a question is read for its end. */
const QUESTION_SENTENCE = 600
/** The first end of a sentence: a question mark or full stop before a space and a word that does not begin in lower case. */
const SENTENCE_END = /[?.!](?=["”»’)]?\d{0,2}\s+[^\p{Ll}\s])/gu
/** A word in capitals, as signature roles print them: "MINISTER", "WATERSTAAT,". */
const CAPITALS = /^[\p{Lu}\d'’-]+,?$/u
/** What may close a sentence after its ".", "?" or "!": quotes, brackets, a footnote number ("afspreekt?3", "»»?1, 2"). */
const SENTENCE_TAIL = /^[”’"»)\]]*(?:\d{1,2}(?:, ?\d{1,2})*)?/

type CutKind = 'line' | 'blank'

/** A place in a long stretch where a line starts: the kind of thing that starts there, and where it ends. */
interface Anchor {
  at: number
  /** Where the thing ends, when it is a line of its own ("Vraag 1", "Hoogachtend,"); else `at`. */
  end: number
  kind: 'furniture' | 'page-number' | 'letterhead' | 'head' | 'start' | 'salutation' | 'closing' | 'heading' | 'label' | 'ordinal'
}

/**
 * The lines of a long stretch input[s, e) whose lines were joined by single spaces: the line starts
 * found in it, by what they are.
 */
class Cutter {
  readonly cuts = new Map<number, CutKind>()
  private anchors: Anchor[] = []
  /** The number the next numbered question may carry. */
  private ordinal = 0
  /** The number of the last question of a lijst numbered on lines of their own. */
  private bareNumber = 0
  /** The first sentence end at or after the last place asked (see `firstSentenceEnd`). */
  private sentenceEnd = -1
  /** Where the text that may cite the next footnote starts: after the last page bottom's footnotes. */
  private cited: number

  constructor(
    private readonly input: string,
    private readonly s: number,
    private readonly e: number,
    private readonly footnotes: {next: number}
  ) {
    this.cited = s
  }

  run(): void {
    this.scan()
    const headEnd = this.anchors.find((a) => a.kind === 'salutation' || a.kind === 'heading' || a.kind === 'closing')?.at ?? this.e
    // Labels, dossier lines and document numbers are read only in the head of a document: "Bijlage 1 bevat …" in a body is a sentence.
    this.anchors = this.anchors.filter((a) => (a.kind !== 'label' && a.kind !== 'head') || a.at < headEnd)
    this.runningHeaders()
    this.anchors.sort((a, b) => a.at - b.at)
    this.anchors.forEach((anchor, k) => this.cutAround(anchor, this.anchors[k - 1]))
    this.labelRows()
    this.pageBottoms()
    this.signatures()
    this.questionEnds()
  }

  // ------------------------------------------------------------------------------ line starts

  private scan(): void {
    const {input, s, e} = this
    // Where the last line found ended: the next may start there, glued to it ("… Aanhangsel 1Antwoord 3").
    let glued = -1
    for (let i = s; i < e; i++) {
      if (isSpace(input.charCodeAt(i)) || (i > s && i !== glued && !isSpace(input.charCodeAt(i - 1)))) continue
      const anchor = this.anchorAt(i)
      if (!anchor) continue
      this.anchors.push(anchor)
      if (anchor.end > i + 1) {
        i = anchor.end - 1
        glued = anchor.end
      }
    }
  }

  private anchorAt(i: number): Anchor | undefined {
    const window = this.input.slice(i, Math.min(this.e, i + WINDOW))
    const first = window.charCodeAt(0)
    // Every line start below begins with a capital, a digit, a quote, "ah-tk" of a colophon or "|" and "!" of a web page.
    const capital = isUpper(window[0]!)
    const at = (kind: Anchor['kind'], length = 0): Anchor => ({at: i, end: i + length, kind})
    // "• Vraag 2" of a web page's list.
    if (first === 0x2022 || first === 0xb7) {
      const heading = this.boundary(i) ? longest(window, (text) => opens(QUESTION_HEADING, text) && /\d/.test(text), 6, QUESTION_HEADING) : 0
      return heading && SENTENCE_START.test(window.slice(heading)) ? at('heading', heading) : undefined
    }
    if (!capital && !(first >= 48 && first <= 57) && first !== 0x2019 && first !== 39 && first !== 97 && first !== 104 && first !== 107 && first !== 124 && first !== 33) return undefined

    // Page furniture: "Tweede Kamer, vergaderjaar 2014–2015, Aanhangsel 1", "ah-tk-20142015-698", "ISSN 0921 - 7398", "Pagina 2 van 7".
    const footer = openMatch(FOOTER, window)
    if (footer) return at('furniture', footer[0].length)
    const colophon = longest(window, (text) => opens(COLOPHON, text), MAX_WORDS, COLOPHON)
    if (colophon) return at('furniture', colophon)
    const page = longest(window, (text) => opens(PAGE_NUMBER, text), MAX_WORDS, PAGE_NUMBER)
    if (page) return at('page-number', page)
    const before = this.wordBefore(i)
    const boundary = isBoundaryAfter(before)
    const pageOfPages = boundary ? longest(window, isPageOfPages, 3) : 0
    if (pageOfPages && SENTENCE_START.test(window.slice(pageOfPages))) return at('page-number', pageOfPages)
    // "Naar boven" of a web page after its text, "| |" and "![]() |" of its tables.
    // One "|" alone is a separator in a title ("Atlas Leefomgeving | Atlas Leefomgeving").
    const navigation = boundary && (capital || first === 124 || first === 33) ? longest(window, (text) => opens(NAVIGATION, text) && (first !== 124 || text.indexOf('|', 1) > 0), 4, NAVIGATION) : 0
    if (navigation) return at('furniture', navigation)
    if (!capital) {
      // "’s-Gravenhage, 16 mei 2012".
      const place = boundary && (first === 0x2019 || first === 39) ? longest(window, (text) => opens(LETTERHEAD_LINE, text), 6, LETTERHEAD_LINE) : 0
      if (place) return at('letterhead', place)
      if (boundary && this.numberedQuestion(window)) return at('ordinal')
      // "… De griffier van de commissie, Groen 1 Welke lessen …?", "Vragen en antwoorden 1 Kunt u …?":
      // a lijst's number, a line of its own, after any word but a comma or bracket.
      const bare = /[,(]$/.test(before) ? 0 : this.bareQuestionNumber(i)
      return bare ? at('heading', bare) : undefined
    }
    // "TER BESLISSING" above a nota.
    const purpose = longest(window, (text) => NOTA_PURPOSES.includes(text as (typeof NOTA_PURPOSES)[number]), 3)
    if (purpose) return at('letterhead', purpose)

    // The Aanhangsel letterhead: "Vragen gesteld door de leden der Kamer, …", "Vragen van het lid …", "Antwoord van …", "Zie ook Aanhangsel …".
    const title = longest(window, (text) => opens(AANHANGSEL_TITLE_LINE, text), 20, AANHANGSEL_TITLE_LINE)
    if (title) return at('letterhead', title)
    if (opens(SEE_ALSO, window) || opens(LETTERHEAD_SENTENCE, window)) return at('letterhead')
    const salutation = openMatch(SALUTATION, window)
    if (salutation) {
      // "Geachte voorzitter, Hierbij …": the salutation ends at its comma.
      const comma = window.indexOf(',')
      return at('salutation', comma > 0 && comma < 60 && SENTENCE_START.test(window.slice(comma + 1)) ? comma + 1 : 0)
    }
    const closing = longest(window, (text) => opens(CLOSING, text), 5, CLOSING)
    if (closing) return at('closing', closing)
    // "Vraag 2 en 3", "Antwoord 1": with a number (or a colon) and a sentence after it, after any word:
    // "… -douane Vraag 8 Op grond …" follows a web address broken at its line end.
    const heading = longest(window, (text) => (opens(QUESTION_HEADING, text) || opens(ANSWER_HEADING, text)) && /[\d:]/.test(text), 12)
    if (heading && SENTENCE_START.test(window.slice(heading))) return at('heading', heading)
    if (!boundary) return undefined
    if (opens(ADDRESSEE, window)) return at('letterhead')
    const line = longest(window, (text) => opens(LETTERHEAD_LINE, text), 20, LETTERHEAD_LINE)
    if (line) return at('letterhead', line)
    if (opens(LETTERHEAD_START, window)) return at('letterhead')

    const label = letterheadLabelAt(window)
    if (label) return at('label', label.length)
    if (opens(DOCUMENT_START, window)) return at('head')
    // "De leden van de VVD-fractie constateren …": a paragraph of grouped questions.
    if (opens(FRACTIE_OPENING, window)) return at('start')
    return undefined
  }

  /** Whether "1. Waar zijn de cijfers …" opens `window` and goes on with the numbering. */
  private numberedQuestion(window: string): boolean {
    const match = openMatch(ORDINAL, window)
    if (!match || match[0].startsWith('-') || !/^[\p{Lu}"“'‘«(]/u.test(window.slice(match[0].length))) return false
    const n = Number(match[1])
    // The same number answers a question ("1. Is het waar …? 1. Op basis van …"); one or a few more go on; 1 starts again.
    if (!(n === 1 || (n >= this.ordinal && n <= this.ordinal + 3))) return false
    this.ordinal = n
    return true
  }

  /**
   * The length of a number that opens a question of a lijst at `i`, the next in its numbering, with
   * a sentence after it whose first end is a question mark ("2 Heeft de Tweede Kamer, achteraf
   * bezien, «fouten» gemaakt …?"); 0 for none.
   */
  private bareQuestionNumber(i: number): number {
    const {input, e} = this
    const match = BARE_NUMBER.exec(input.slice(i, Math.min(e, i + 6)))
    if (!match || Number(match[1]) !== this.bareNumber + 1) return 0
    const end = this.firstSentenceEnd(i + match[0].length)
    if (end - i > QUESTION_SENTENCE || input[end] !== '?') return 0
    this.bareNumber++
    return match[1]!.length
  }

  /** The word before `i`, or '' at the stretch's start. */
  private wordBefore(i: number): string {
    const {input, s} = this
    let j = i - 1
    while (j >= s && isSpace(input.charCodeAt(j))) j--
    let k = j
    while (k > s && !isSpace(input.charCodeAt(k - 1))) k--
    return j < s ? '' : input.slice(k, j + 1)
  }

  /**
   * Where the first sentence from `at` on ends, or Infinity. Asked at places that only move forward,
   * so each part of the stretch is searched once: "1 A 1 A 1 A …" costs one pass, not one per number.
   */
  private firstSentenceEnd(at: number): number {
    if (this.sentenceEnd >= at) return this.sentenceEnd
    SENTENCE_END.lastIndex = at
    const end = SENTENCE_END.exec(this.input)
    this.sentenceEnd = end && end.index < this.e ? end.index : Number.POSITIVE_INFINITY
    return this.sentenceEnd
  }

  /**
   * Whether a line may start at `i`: not after a word in lower case, a comma or an opening
   * bracket, where "Vraag 2" or "1." is a word in a sentence ("zie Vraag 2", "artikel 1.").
   */
  private boundary(i: number): boolean {
    return isBoundaryAfter(this.wordBefore(i))
  }

  // ------------------------------------------------------------------------------ cuts

  /** A line starts at the word at or after `at`, unless that is the end of the stretch. */
  private cut(at: number, kind: CutKind = 'line'): void {
    const {input, e} = this
    while (at < e && isSpace(input.charCodeAt(at))) at++
    if (at <= this.s || at >= e) return
    if (this.cuts.get(at) !== 'blank') this.cuts.set(at, kind)
  }

  private cutAround(anchor: Anchor, previous: Anchor | undefined): void {
    if (anchor.kind === 'label') {
      // A label opens a paragraph of the letterhead, as its own line does on paper ("Ministerie van
      // Verkeer en Waterstaat Datum 28 oktober 2009 …"); one right after another is in its row.
      if (!(previous?.kind === 'label' && this.onlySpaceBetween(previous.end, anchor.at))) this.cut(anchor.at, 'blank')
      return
    }
    this.cut(anchor.at)
    if (anchor.end > anchor.at) this.cut(anchor.end)
  }

  /**
   * Labels printed in a row before their values, the sidebar's "Datum" first: "Datum Betreft 18
   * oktober 2023 Verzamelbrief luchtvaart". Each label a line, and the date after the row a line of
   * its own, so the values pair with the labels in order as they do on separate lines. Another row
   * stays one line, each label's value up to the next label: "U W K E N M E R K O N S K E N M E R K
   * 19000271 R" leaves "Uw kenmerk" empty.
   */
  private labelRows(): void {
    const labels = this.anchors.filter((a) => a.kind === 'label')
    for (let k = 0; k < labels.length; k++) {
      let last = k
      while (last + 1 < labels.length && this.onlySpaceBetween(labels[last]!.end, labels[last + 1]!.at)) last++
      if (last === k) continue
      const first = labels[k]!
      const after = this.nextWord(labels[last]!.end)
      const date = DUTCH_DATE.exec(this.input.slice(after, Math.min(this.e, after + 40)))
      if (letterheadLabelAt(this.input.slice(first.at, first.end))?.key === 'date' && date?.index === 0) {
        for (let m = k; m <= last; m++) this.cut(labels[m]!.end)
        this.cut(after + date[0].length)
      }
      k = last
    }
  }

  /** "DE MINISTER VAN DEFENSIE, Ruben Brekelmans", "De staatssecretaris van Financiën, Marnix van Rij": after a closing, roles and names. */
  private signatures(): void {
    const {input} = this
    for (let k = 0; k < this.anchors.length; k++) {
      const closing = this.anchors[k]!
      if (closing.kind !== 'closing') continue
      const next = this.anchors.slice(k + 1, k + 4).find((a) => a.kind !== 'closing')
      const zoneEnd = Math.min(next?.at ?? this.e, closing.end + 400)
      const isRole = (i: number) => isUpper(input[i]!) && opens(SIGNATORY_ROLE, input.slice(i, Math.min(zoneEnd, i + WINDOW)))
      let i = this.nextWord(closing.end)
      while (i < zoneEnd) {
        if (!isRole(i)) {
          i = this.nextWord(this.wordEnd(i))
          continue
        }
        this.cut(i)
        // A role in capitals ends with them: "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT, Mark Harbers".
        let capitals = i
        let words = 0
        while (capitals < zoneEnd && CAPITALS.test(input.slice(capitals, this.wordEnd(capitals)))) {
          capitals = this.nextWord(this.wordEnd(capitals))
          words++
        }
        if (words >= 2) {
          this.cut(capitals)
          i = capitals
          continue
        }
        // Another ends at its last comma before the next role, the name after it: "De minister van
        // Volksgezondheid, Welzijn en Sport, E.I. Schippers".
        let j = this.nextWord(this.wordEnd(i))
        while (j < zoneEnd && !isRole(j)) j = this.nextWord(this.wordEnd(j))
        const segment = input.slice(i, j)
        const comma = segment.lastIndexOf(', ')
        if (comma > 0 && segment.slice(comma + 2).trim().split(/\s+/).length <= 6) this.cut(i + comma + 1)
        i = j
      }
    }
  }

  /**
   * Page furniture repeated before every page number: a running header ("Beantwoording vragen
   * Tweede Kamer over rapport ‘Brexit …’. 3/10"). The words that stand before two page numbers or
   * more, the same each time, from a word with a capital on.
   */
  private runningHeaders(): void {
    const numbers = this.anchors.filter((a) => a.kind === 'page-number')
    if (numbers.length < 2) return
    const before = numbers.map((a) => this.wordsBefore(a.at, 30))
    const key = (words: Array<{text: string}>) => words.slice(-3).map((w) => w.text).join(' ')
    const counts = new Map<string, number>()
    for (const words of before) if (words.length >= 3) counts.set(key(words), (counts.get(key(words)) ?? 0) + 1)
    const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
    if (count < 2) return
    const group = before.filter((words) => words.length >= 3 && key(words) === best)
    let length = 3
    while (group.every((words) => words.length > length && words[words.length - 1 - length]!.text === group[0]![group[0]!.length - 1 - length]!.text)) length++
    // It starts with a capital: "is." that happens to stand before two headers is the end of their sentences.
    while (length >= 3 && !isUpper(group[0]![group[0]!.length - length]!.text[0]!)) length--
    if (length < 3) return
    for (const words of group) {
      const start = words[words.length - length]!.at
      this.anchors.push({at: start, end: start, kind: 'furniture'})
    }
  }

  /**
   * Footnote texts at the bottom of a page, before its furniture: "… voorlichting wordt 1
   * Financieel Dagblad, … 2 De Telegraaf, … 3 Kamerstuk, 28 828, nr. 70 4 Kamerstuk, 28 828, nr.
   * 70 ah-tk-20142015-698 …". Their numbers go on from the last page's, up to the furniture.
   */
  private pageBottoms(): void {
    let from = this.s
    for (let k = 0; k < this.anchors.length; k++) {
      const anchor = this.anchors[k]!
      if (anchor.kind !== 'furniture' && anchor.kind !== 'page-number') continue
      const chain = this.footnoteChain(from, anchor.at, k)
      for (const at of chain) this.cut(at)
      // Web addresses alone before the furniture: the page's link targets ("… vallen? https://www.rekenkamer.nl/… 4/10").
      if (chain.length === 0) {
        const words = this.wordsBefore(anchor.at, 5)
        let first = words.length
        while (first > 0 && /^(?:https?:\/\/|www\.)/i.test(words[first - 1]!.text)) first--
        if (first < words.length && first > 0) this.cut(words[first]!.at)
      }
      // The furniture that follows is one cluster: the next page starts after it.
      let end = Math.max(anchor.end, anchor.at)
      while (k + 1 < this.anchors.length && (this.anchors[k + 1]!.kind === 'furniture' || this.anchors[k + 1]!.kind === 'page-number') && this.onlySpaceBetween(end, this.anchors[k + 1]!.at)) {
        k++
        end = Math.max(this.anchors[k]!.end, this.anchors[k]!.at)
      }
      from = end
    }
  }

  /** The offsets of the footnote numbers at the bottom of the page input[from, to), in order; none when they do not go on from the last. */
  private footnoteChain(from: number, to: number, index: number): number[] {
    const {input} = this
    const candidates: Array<{at: number; n: number}> = []
    for (let i = this.nextWord(from); i < to; i = this.nextWord(this.wordEnd(i))) {
      const code = input.charCodeAt(i)
      if (code < 48 || code > 57) continue
      const match = openMatch(NUMBERED_LINE, input.slice(i, Math.min(to, i + 8)))
      if (match) candidates.push({at: i, n: Number(match[1]!.replace(/\s/g, ''))})
    }
    const next = this.footnotes.next
    // The last numbers before the furniture may be part of a footnote text ("… van 12 Mei"): a few are tried as the last footnote.
    for (let last = candidates.length - 1; last >= 0 && last >= candidates.length - 4; last--) {
      const top = candidates[last]!.n
      if (top < next || top - next > 20 || to - candidates[last]!.at > MAX_FOOTNOTE) continue
      const chain = [candidates[last]!]
      // Down to the number the last page bottom left off at, or as far as the numbers go on.
      for (let c = last - 1; c >= 0 && chain[0]!.n > next && chain[0]!.at - candidates[c]!.at <= MAX_FOOTNOTE; c--) {
        if (candidates[c]!.n === chain[0]!.n - 1) chain.unshift(candidates[c]!)
      }
      // The footnotes stand between the text and the furniture, nothing else: no heading or letterhead line among them.
      if (this.anchorsBefore(index, chain[0]!.at)) continue
      // Two footnotes or more in a row are a page bottom; one alone is when the text above cites
      // it and it goes on with the numbering: "»»?1, 2", "afspreekt?3", "Schiphol 1.".
      // A number glued to its text ("2Kamerstuk 29 383, nr. 406.") is one by itself.
      const glued = /^\d+\S/.test(input.slice(chain[0]!.at, chain[0]!.at + 4))
      if (chain.length < 2 && !glued && !(chain[0]!.n === next && citesFootnote(input.slice(Math.max(this.cited, from), chain[0]!.at), next))) continue
      this.footnotes.next = top + 1
      this.cited = chain[chain.length - 1]!.at
      return chain.map((c) => c.at)
    }
    return []
  }

  /**
   * Where a question ends and its answer begins without a heading: after the last of its
   * sentences that end with a question mark, before a sentence that ends otherwise ("… gelaten?
   * De Algemene Rekenkamer heeft …"). And where the next question begins after an answer it
   * follows without a heading ("… legaal in Nederland. Hoeveel mensen worden …?"). A blank line
   * there, as a page prints one.
   */
  private questionEnds(): void {
    const sentences = this.sentences()
    const cuts = [...this.cuts.keys()].sort((a, b) => a - b)
    /** Whether a line starts inside (from, to). */
    const cutBetween = (from: number, to: number) => {
      let low = 0
      let high = cuts.length
      while (low < high) {
        const middle = (low + high) >> 1
        if (cuts[middle]! <= from) low = middle + 1
        else high = middle
      }
      return low < cuts.length && cuts[low]! < to
    }
    // Where the last answer this rule found begins.
    let answer = -1
    for (let k = 0; k < sentences.length; k++) {
      if (sentences[k]!.mark !== '?') continue
      let m = k
      while (m + 1 < sentences.length && sentences[m + 1]!.mark === '?' && !this.cuts.has(sentences[m + 1]!.start)) m++
      const first = sentences[k]!
      if (answer >= 0 && k > 0 && sentences[k - 1]!.mark === '.' && !this.cuts.has(first.start) && !cutBetween(answer, first.start)) this.cut(first.start, 'blank')
      const next = sentences[m + 1]
      // A sentence the text breaks off after a question starts the answer ("… weggenomen? Het recht
      // op huurtoeslag … h"), unless it opens as a question does ("… evaluatie? Hoe gaat zij dit d").
      const brokenOff = next?.mark === '' && next.end >= this.e && !QUESTION_OPENING.test(this.input.slice(next.start, next.end))
      const ends = next && (next.mark === '.' || brokenOff)
      if (next && ends && !this.cuts.has(next.start) && isUpper(this.input[next.start]!)) {
        this.cut(next.start, 'blank')
        answer = next.start
      }
      k = m
    }
  }

  /**
   * The sentences of the stretch, each with the mark it ends with: "?", "." (also "!"), or '' when
   * a line start or the stretch's end comes first. A sentence ends before a word that does not
   * begin in lower case; "o.a." and "d.w.z." end none.
   */
  private sentences(): Array<{start: number; end: number; mark: string}> {
    const {input, e} = this
    const out: Array<{start: number; end: number; mark: string}> = []
    let start = this.nextWord(this.s)
    for (let i = start; i < e; i++) {
      if (i > start && this.cuts.has(i)) {
        out.push({start, end: i, mark: ''})
        start = i
      }
      const c = input[i]!
      if (c !== '.' && c !== '?' && c !== '!') continue
      const tail = SENTENCE_TAIL.exec(input.slice(i + 1, Math.min(e, i + 12)))![0]
      const after = i + 1 + tail.length
      if (after < e && !isSpace(input.charCodeAt(after))) continue
      if (c === '.' && /\.\p{L}{1,3}$/u.test(input.slice(Math.max(start, i - 6), i))) continue
      const next = this.nextWord(after)
      if (next < e && /\p{Ll}/u.test(input[next]!)) continue
      out.push({start, end: after, mark: c === '?' ? '?' : '.'})
      start = next
      i = next - 1
    }
    if (start < e) out.push({start, end: e, mark: ''})
    return out
  }

  /** Whether a line found before the anchor at `index` reaches past `at`: the anchors are in order, and lines are short. */
  private anchorsBefore(index: number, at: number): boolean {
    for (let k = index - 1; k >= 0 && this.anchors[k]!.at >= at - WINDOW; k--) if (this.anchors[k]!.end > at) return true
    return false
  }

  // ------------------------------------------------------------------------------ words

  private nextWord(at: number): number {
    const {input, e} = this
    while (at < e && isSpace(input.charCodeAt(at))) at++
    return at
  }

  private wordEnd(at: number): number {
    const {input, e} = this
    while (at < e && !isSpace(input.charCodeAt(at))) at++
    return at
  }

  private onlySpaceBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (!isSpace(this.input.charCodeAt(i))) return false
    return true
  }

  /** Up to `count` words before `at`, in order, each with its offset. */
  private wordsBefore(at: number, count: number): Array<{at: number; text: string}> {
    const {input} = this
    const floor = this.s
    const words: Array<{at: number; text: string}> = []
    let end = at
    while (words.length < count) {
      while (end > floor && isSpace(input.charCodeAt(end - 1))) end--
      if (end <= floor) break
      let start = end
      while (start > floor && !isSpace(input.charCodeAt(start - 1))) start--
      words.unshift({at: start, text: input.slice(start, end)})
      end = start
    }
    return words
  }
}

/**
 * Whether `text` cites footnote `n`: its number glued to a word or a sign ("afspreekt?3",
 * "ziekenhuisnota»»?1"), after a word and before a sign ("Schiphol 1."), or after a sentence
 * ("zitten»? 1").
 */
function citesFootnote(text: string, n: number): boolean {
  for (let at = text.indexOf(String(n)); at >= 0; at = text.indexOf(String(n), at + 1)) {
    const before = text.slice(Math.max(0, at - 2), at)
    const after = text.charAt(at + String(n).length)
    if (/\d/.test(before.slice(-1)) || /\d/.test(after)) continue
    if (/[\p{Ll}.?!)»”’",]$/u.test(before) && (after === '' || /[\s.,;:)]/.test(after))) return true
    if (/\p{L} $/u.test(before) && /[.,;:)?!]/.test(after)) return true
    // "zitten»? 1": the number on the next line of a page.
    if (/[.?!)»”’"] $/u.test(before) && (after === '' || /\s/.test(after))) return true
  }
  return false
}

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase()

/**
 * The length of the longest run of whole words from the start of `window` that `test` accepts (at
 * most `words` words), or 0. With `pattern`, only a window that begins as its matches can is tried.
 */
function longest(window: string, test: (text: string) => boolean, words = MAX_WORDS, pattern?: Anchored): number {
  if (pattern && !pattern.starts.includes(window[0]!)) return 0
  let best = 0
  let end = 0
  for (let w = 0; w < words && end < window.length; w++) {
    end = window.indexOf(' ', end + 1)
    if (end < 0) end = window.length
    if (test(window.slice(0, end))) best = end
  }
  return best
}

// ---------------------------------------------------------------------------------- runs

interface Run {
  start: number
  end: number
  kind: CutKind
  pageStart: boolean
}

/** The runs of white space in input[from, to) that stand for line breaks: two spaces or more, a tab, a form feed. */
function findRuns(input: string, from: number, to: number): Run[] {
  const runs: Run[] = []
  for (let i = from; i < to; i++) {
    let code = input.charCodeAt(i)
    if (code !== 32 && code !== 9 && code !== 12) continue
    const start = i
    let pageStart = false
    let tab = false
    while (i < to && ((code = input.charCodeAt(i)) === 32 || code === 9 || code === 12)) {
      if (code === 12) pageStart = true
      if (code === 9) tab = true
      i++
    }
    if (i - start >= 2 || pageStart || tab) runs.push({start, end: i, kind: i - start >= BLANK_RUN || pageStart ? 'blank' : 'line', pageStart})
    i--
  }
  return runs
}

/** "U W  K E N M E R K": letter-spaced words, two spaces between them, are one line. */
function betweenSpacedWords(input: string, run: Run): boolean {
  if (run.end - run.start !== 2 || input.charCodeAt(run.start) !== 32 || input.charCodeAt(run.start + 1) !== 32) return false
  const before = input.slice(Math.max(0, run.start - 4), run.start)
  const after = input.slice(run.end, run.end + 4)
  return /(?:^|\s)\S \S$/u.test(before) && /^\S \S(?:\s|$)/u.test(after)
}

function lineOf(input: string, start: number, end: number, pageStart: boolean): Line {
  return {start, end, contentStart: start, contentEnd: end, text: lineText(input, start, end), pageStart, indent: 0}
}

function blankOf(start: number, end: number, pageStart: boolean): Line {
  return {start, end, contentStart: end, contentEnd: end, text: '', pageStart, indent: 0}
}

/** Appends `line` to `out`, a run of blank lines as one, as `splitLines` keeps them. */
function push(out: Line[], line: Line): void {
  const previous = out[out.length - 1]
  if (previous && isBlank(previous) && isBlank(line)) {
    previous.end = line.end
    previous.contentStart = previous.contentEnd = line.end
    if (line.pageStart) previous.pageStart = true
  } else out.push(line)
}

/** The virtual lines of the physical line `line`. */
function virtualLines(input: string, line: Line, out: Line[], footnotes: {next: number}): void {
  const from = line.contentStart
  const to = line.contentEnd
  let pageStart = line.pageStart
  let start = from
  const runs = findRuns(input, from, to)
  const emit = (end: number) => {
    if (end <= start) return
    // Between runs of spaces, a stretch as short as a printed line is one; without runs, nothing is.
    if (runs.length > 0 && end - start <= MAX_LINE) {
      push(out, lineOf(input, start, end, pageStart))
      pageStart = false
      return
    }
    const cutter = new Cutter(input, start, end, footnotes)
    cutter.run()
    let at = start
    for (const [cut, kind] of [...cutter.cuts].sort((a, b) => a[0] - b[0])) {
      let stop = cut
      while (stop > at && isSpace(input.charCodeAt(stop - 1))) stop--
      push(out, lineOf(input, at, stop, pageStart))
      pageStart = false
      if (kind === 'blank') push(out, blankOf(stop, cut, false))
      at = cut
    }
    push(out, lineOf(input, at, end, pageStart))
    pageStart = false
  }
  for (const run of runs) {
    if (run.kind === 'line' && (betweenSpacedWords(input, run) || labelBeforeValue(input, start, run))) continue
    emit(run.start)
    if (run.kind === 'blank') push(out, blankOf(run.start, run.end, false))
    if (run.pageStart) pageStart = true
    start = run.end
  }
  emit(to)
}

/**
 * The gap between a label and its value on the same printed line, where a line break is two
 * spaces: measured on the Rekenkamer letter, three spaces after each of its four labels with a
 * value, two at each of its 242 line breaks.
 */
const LABEL_GAP = 3

/**
 * "D A T U M   23 januari 2019": a label, then its value beside it on the same printed line. Not
 * when another label follows ("U W  K E N M E R K     O N S  K E N M E R K"): a label without value.
 */
function labelBeforeValue(input: string, start: number, run: Run): boolean {
  if (run.end - run.start !== LABEL_GAP) return false
  const label = letterheadLabelAt(input.slice(start, run.start))
  if (!label || label.length !== run.start - start || !isUpper(input[start]!)) return false
  return !letterheadLabelAt(input.slice(run.end, run.end + 40))
}

/**
 * A line printed at the same place on several pages: one that stands beside page numbers ("2/10",
 * "Pagina 2 van 7") on two pages or more, with the same text each time. Up to three lines before
 * and after a page number, within its group of lines, are looked at.
 */
function markRepeated(lines: Line[]): void {
  const numbers: number[] = []
  lines.forEach((line, i) => {
    if (isPageOfPages(line.text) || opens(PAGE_NUMBER, line.text)) numbers.push(i)
  })
  if (numbers.length < 2) return
  const isNumber = new Set(numbers)
  const near = (i: number): Line[] => {
    const found: Line[] = []
    for (const step of [-1, 1]) {
      for (let j = i + step, k = 0; k < 3 && j >= 0 && j < lines.length; j += step, k++) {
        const line = lines[j]!
        if (isBlank(line) || isNumber.has(j)) break
        found.push(line)
      }
    }
    return found
  }
  // The lines of each text: one line between two page numbers is near both, and is no repeat.
  const printed = new Map<string, Set<Line>>()
  const neighbours = numbers.map(near)
  for (const group of neighbours) for (const line of group) printed.set(line.text, (printed.get(line.text) ?? new Set()).add(line))
  for (const group of neighbours) for (const line of group) if (printed.get(line.text)!.size >= 2) line.repeated = true
}

/** The lines of flattened `input`: each physical line cut into the lines it was made of. */
function flattenedLines(input: string): Line[] {
  const out: Line[] = []
  const footnotes = {next: 1}
  for (const line of splitLines(input, readPlainLine)) {
    if (isBlank(line)) push(out, line)
    else virtualLines(input, line, out, footnotes)
  }
  markRepeated(out)
  return out
}

/**
 * A word broken at a line end, its halves joined by the flattening: "zieken- huisnota". A hyphen
 * after a lower-case letter, one space and a lower-case word that is no conjunction: "Voedsel- en
 * Warenautoriteit" keeps its hyphen.
 */
const BROKEN_WORD = /(?<=\p{Ll})- (?=([a-z][\p{L}./]*))/gu

/** The reading text: each line read as plain text, a word broken at a flattened line end read whole. */
function flattenedReadingText(lines: readonly Line[], context: ReadingContext, from?: number): ReadingText {
  const {input} = context
  const pieces: Line[] = []
  for (const line of lines) {
    let at = line.contentStart
    const text = input.slice(line.contentStart, line.contentEnd)
    if (text.includes('- ')) {
      for (const match of text.matchAll(BROKEN_WORD)) {
        if (ELISION_WORDS.has(match[1]!.toLowerCase())) continue
        // The piece ends after the hyphen: the plain reading joins it to the next as a word broken at a line end.
        const end = line.contentStart + match.index + 1
        pieces.push({...line, contentStart: at, contentEnd: end})
        at = end + 1
      }
    }
    pieces.push(at === line.contentStart ? line : {...line, contentStart: at})
  }
  return plainReadingText(pieces, context, from)
}

export const flattenedSource: Source = {
  format: 'flattened',
  detect: isFlattened,
  lines: flattenedLines,
  blankLineBetweenParagraphs: false,
  readingText: flattenedReadingText
}

