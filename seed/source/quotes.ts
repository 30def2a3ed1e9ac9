/**
 * The two quotes in the story, word for word as FYI printed them ([FYI]; seed text
 * fyi-us-tech-deals-japan-korea.txt). The closing punctuation is left off: FYI prints each with
 * a comma before the attribution ("…,” he said"), and an embed supplies its own punctuation. The White House release phrase the story also quotes has
 * no named speaker, and a quote needs a person, so it stays in the article text instead.
 */
import {SOURCES} from './agreements'
import {keyedRefs, ref} from './helpers'
import {AGREEMENT, COMMITMENT, PERSON, QUOTE} from './ids'
import type {QuoteDocument} from './types'

/** When the desk checked both quotes against the published article. */
const CHECKED_AT = '2026-11-26T16:45:00.000Z'

export const quotes: QuoteDocument[] = [
  {
    _id: QUOTE.kratsios,
    _type: 'quote',
    text: 'We reject global governance of AI innovation, and seek bilateral agreements like this one to form the foundation of a future of shared security and prosperity',
    speaker: ref(PERSON.kratsios),
    speakerTitle: 'Director of the White House Office of Science and Technology Policy',
    // The speech's date and venue are unverified (FACTS.md §3); see the verification note.
    date: '2025-10-28',
    medium: 'speech',
    venue: 'Speech; venue unverified (the story\'s "In a speech …" sentence was not recovered)',
    sourceUrl: SOURCES.FYI_ARTICLE_URL,
    groundRules: 'onTheRecord',
    verification: {
      _type: 'quoteVerification',
      method: 'publishedText',
      verifiedBy: 'FYI desk',
      verifiedAt: CHECKED_AT,
      note: 'Checked against FYI\'s published text only; the speech itself was not found. The date is a placeholder: the Japan signing, the earliest day "like this one" can refer to.',
    },
    agreements: keyedRefs([AGREEMENT.japanTpd, AGREEMENT.koreaTpd]),
    commitments: keyedRefs([COMMITMENT.japanAi, COMMITMENT.koreaAi]),
  },
  {
    _id: QUOTE.donovan,
    _type: 'quote',
    text: 'Any new cooperation might need to go through the full proposal and review process on each side, meaning that it could be years before we actually see any tangible outcomes from this kind of work',
    speaker: ref(PERSON.donovan),
    speakerTitle:
      'associate director for science and technology ecosystem development at the Federation of American Scientists',
    // Interview date unknown (FACTS.md §3); see the verification note.
    date: '2025-10-29',
    medium: 'interview',
    venue: 'interview with FYI',
    sourceUrl: SOURCES.FYI_ARTICLE_URL,
    groundRules: 'onTheRecord',
    verification: {
      _type: 'quoteVerification',
      method: 'publishedText',
      verifiedBy: 'FYI desk',
      verifiedAt: CHECKED_AT,
      note: 'Checked against the article as published. The interview date is unknown; the date is a placeholder, the day of the second signing, the earliest he could comment on both memoranda.',
    },
    agreements: keyedRefs([AGREEMENT.japanTpd, AGREEMENT.koreaTpd]),
  },
]
