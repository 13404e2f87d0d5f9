/**
 * The trust signal every root carries (`root.data.quality`): what was found and missed, and a
 * score that ranks the parses to check by hand first.
 */
import {describe, expect, it} from 'vitest'
import {parseKamerbrief} from 'kamerbrief'
import type {Quality} from '../src/quality.js'
import {blocks} from './util.js'

const quality = (input: string) => (parseKamerbrief(input).data as {quality: Quality}).quality

describe('root.data.quality', () => {
  it('should give a letter read whole the full score', () => {
    const q = quality(blocks('Datum 21 mei 2026', 'Onze referentie MINDEF20260034303', 'Ministerie van Defensie', 'Geachte voorzitter,', 'Hierbij ontvangt u de antwoorden.', 'Vraag 1\nKent u het bericht?', 'Antwoord 1\nJa.'))
    expect(q).toMatchObject({layouts: ['letterhead:labelled', 'questionSection:headed'], unknownShare: 0, questions: 1, unanswered: 0, numberingGaps: 0, questionsMissing: false})
    expect(q.found).toEqual({date: true, sender: true, reference: true})
    expect(q.score).toBe(1)
  })

  it('should rank text no reader recognised lowest', () => {
    const q = quality('Het kabinet trekt volgend jaar meer geld uit voor defensie, meldt de NOS.\n')
    expect(q.unknownShare).toBe(1)
    expect(q.layouts).toEqual([])
    expect(q.score).toBe(0)
  })

  it('should count unanswered questions and gaps in the numbering', () => {
    const q = quality(blocks('Datum 21 mei 2026', 'Vraag 1\nKent u het bericht?', 'Antwoord 1\nJa.', 'Vraag 3\nKlopt het dat de termijn is verlopen?'))
    expect([q.questions, q.unanswered, q.numberingGaps]).toEqual([2, 1, 1])
    expect(q.score).toBeLessThan(1)
  })

  it('should flag a lijst van vragen in which no question was read', () => {
    const lijst = blocks('31 235 Leren van parlementair onderzoek', 'Nr. 3 LIJST VAN VRAGEN EN ANTWOORDEN', 'Vastgesteld 31 januari 2008', 'De vaste commissie heeft vragen voorgelegd.')
    expect(quality(lijst).questionsMissing).toBe(true)
    const letter = blocks('31 235 Leren van parlementair onderzoek', 'Nr. 3 BRIEF VAN DE MINISTER', 'Den Haag, 31 januari 2008', 'Geachte voorzitter,', 'Hierbij.')
    expect(quality(letter).questionsMissing).toBe(false)
    expect(quality(lijst).score).toBeLessThan(quality(letter).score)
  })

  it('should give the share of unrecognised text between 0 and 1', () => {
    const q = quality(blocks('Datum 21 mei 2026', 'Geachte voorzitter,', 'Hierbij.', 'Hoogachtend,', 'DE MINISTER VAN DEFENSIE', 'Ruben Brekelmans', 'Bijlage: overzicht', 'Vraag 1\nKent u het bericht?', 'Antwoord 1\nJa.'))
    expect(q.unknownShare).toBeGreaterThan(0)
    expect(q.unknownShare).toBeLessThan(0.2)
  })
})
