/**
 * The words of questions and answers: headings ("Vraag 1", "Antwoord op vraag 2 en 3"), section
 * titles, a fractie's questions in a memorie van antwoord, and cross-references between answers.
 * The pattern sources are for patterns that ignore case.
 */

import {anchored} from '../starts.js'

/** "Vraag" */
export const QUESTION = 'vraag'
/** "Antwoord" */
export const ANSWER = 'antwoord'
/** "Vragen", "Vraag", the longer first. */
const QUESTION_WORDS = ['vragen', QUESTION] as const
/** "Antwoorden", "Antwoord", the longer first. */
const ANSWER_WORDS = ['antwoorden', ANSWER] as const
/** "Vraag", "Vragen" */
export const QUESTIONS = `(?:${QUESTION_WORDS.join('|')})`
/** "Antwoord", "Antwoorden" */
export const ANSWERS = `(?:${ANSWER_WORDS.join('|')})`
/** The words of {@link QUESTIONS} and {@link ANSWERS}: what a number must follow in a cross-reference. */
export const QUESTION_AND_ANSWER_WORDS: readonly string[] = [...QUESTION_WORDS, ...ANSWER_WORDS]
/** Between "Antwoord" and its numbers: "Antwoord op vraag 1", "Antwoord op de vragen 2, 3 en 4", "Antwoord 4". */
export const ON_QUESTIONS = String.raw`(?:op\s+)?(?:de\s+)?(?:${QUESTIONS}\s+)?`
/** The heading of a notice about a delayed answer: "Mededeling". */
export const NOTICE = 'mededeling'

/** The last of a list of numbers: "Vraag 2 en 3". */
export const NUMBERS_AND = 'en'
/** A range of numbers: "Vragen 4 t/m 6", "vragen 4 tot en met 6". */
export const NUMBERS_THROUGH = String.raw`t/m|tot en met`

/** Titles above a section of questions: "Antwoorden op vragen van het lid …", "Lijst van vragen en antwoorden", "Feitelijke vragen over het jaarverslag". */
export const SECTION_TITLE = anchored(/^(antwoorden|vragen|lijst van|beantwoording|feitelijke vragen)\b/i, 'aAvVlLbBfF')

/**
 * What a cross-reference says before the numbers it names: "Zie antwoord op vraag", "zie ook het
 * antwoord op vraag", "Zie de antwoorden op de vragen", "Zoals toegelicht onder vraag", "in het
 * antwoord op vraag", and an answer named by its own number: "In antwoord 3 ben ik ingegaan op …",
 * "zie mijn antwoord 4", "bij antwoord 2".
 */
export const CROSS_REFERENCE_PHRASE =
  String.raw`(?:(?:\b(?:zie|zoals)\s+(?:ook\s+)?)?(?:(?:het|de|mijn|ons)\s+)?(?:${ANSWERS}\s+(?:op\s+|bij\s+|onder\s+)?(?:de\s+)?${QUESTIONS}|(?:toegelicht|aangegeven|beschreven|vermeld)\s+(?:onder|bij)\s+${QUESTIONS})` +
  String.raw`|\b(?:in|zie|bij)\s+(?:ook\s+)?(?:(?:het|mijn|ons)\s+)?${ANSWERS}(?=\s+\d))`

// ---------------------------------------------------------------- fracties

/** The word every fractie phrase holds: "de leden van de VVD-fractie". */
export const MEMBERS = 'leden'

/**
 * A fractie's contribution opens a paragraph: "De leden van de VVD-fractie constateren …", "Ook de
 * leden van de fracties van VVD en SP vragen …".
 */
export const FRACTIE_OPENING = anchored(/^(?:(?:ook|tevens)\s+)?de\s+leden\s+van\s+de\s+(?:[\p{L}\d-]+-fractie|fracties?\s+van)\b/iu, 'oOtTdD')

/** "de leden van de GroenLinks-PvdA-fractie", "de leden van de fractie van GroenLinks-PvdA". */
export const FRACTIE = /\bleden\s+van\s+de\s+(?:fractie\s+van\s+(?:de\s+)?([\p{Lu}][\p{L}\d-]*(?:[ -][\p{Lu}][\p{L}\d]*)?)|([\p{Lu}][\p{L}\d-]*?)-fractie\b)/u

/** A paragraph that goes on with the same members' questions: "Deze leden vragen …", "Zij willen weten …". */
export const FRACTIE_CONTINUATION = /^(?:deze\s+leden|zij|ook\s+vragen\s+deze\s+leden|voorts\s+vragen\s+deze\s+leden)\b/i
/** Members ask: "vragen de regering", "verzoeken", "willen weten", or a question mark — not "meerdere vragen en opmerkingen". */
export const ASKS = /\?|\bvragen\s+(?:de|het|of|waarom|hoe|wat|welke|wanneer|naar|zich\s+af)\b|\b(?:verzoeken|willen\s+(?:graag\s+)?weten|wensen\s+te\s+vernemen)\b/i

/**
 * How a question's sentence opens: a question word or a verb first ("Hoe gaat zij dit doen?",
 * "Kunt u …?", "Zo ja, …"). A sentence broken off by the end of an excerpt is a question's when it
 * opens so ("… evaluatie? Hoe gaat zij dit d").
 */
export const QUESTION_OPENING =
  /^(?:hoe(?:veel)?|wat|waarom|welke?|wanneer|waar(?:om|door|mee|op|voor|in)?|wie|in hoeverre|kunt|kan|bent|is|zijn|heeft|hebben|wilt|wil|deelt|klopt|acht|erkent|herkent|overweegt|gaat|zal|zult|wordt|worden|verwacht|ziet|zo (?:ja|nee|niet))\b/i
