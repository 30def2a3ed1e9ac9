/**
 * The two Technology Prosperity Deals and the earlier instruments the story sets them against.
 * Facts and source keys ([PUBT-JP], [GOVPULSE-KR] …) are from seed/texts/FACTS.md.
 */
import {readFileSync} from 'node:fs'

import {link, ref} from './helpers'
import {AGREEMENT, ORG, PERSON, QUOTE} from './ids'
import type {
  AgreementDocument,
  IsoDate,
  LegalStatusCriteria,
  LegalStatusCriterion,
  LegalStatusMilestone,
  LegalStatusTextEvidence,
  MilestoneKindValue,
  SourceLinkKind,
  SourceLinkValue,
} from './types'

const FYI_ARTICLE_URL = 'https://www.aip.org/fyi/us-signs-tech-deals-with-japan-and-south-korea'
const WH_PRESS_RELEASE_URL =
  'https://www.whitehouse.gov/articles/2025/10/the-united-states-signs-technology-prosperity-deals-with-japan-and-korea/'
const WH_PRESS_RELEASE_TITLE =
  'The United States Signs Technology Prosperity Deals with Japan and Korea'

/** The recovered wording, kept as text files beside FACTS.md; only the recovered part exists. */
function recoveredText(file: string, mirror: string): string {
  const text = readFileSync(new URL(`../texts/${file}`, import.meta.url), 'utf8').trim()
  return (
    `${text}\n\n` +
    `[Desk note: recovered from a verbatim mirror of the White House page (${mirror}). ` +
    'Only the preamble, Section I and the opening of Section II were recovered; the rest of the ' +
    'text, the closing sections and the signature block are missing, and nothing has been filled in.]'
  )
}

// --- Legal-status builders -------------------------------------------------------------------

const yes = (note: string): LegalStatusCriterion => ({
  _type: 'legalStatusCriterion',
  answer: 'yes',
  note,
})
const no = (note: string): LegalStatusCriterion => ({
  _type: 'legalStatusCriterion',
  answer: 'no',
  note,
})
const unknown = (note?: string): LegalStatusCriterion =>
  note === undefined
    ? {_type: 'legalStatusCriterion', answer: 'unknown'}
    : {_type: 'legalStatusCriterion', answer: 'unknown', note}

function criteria(answers: Omit<LegalStatusCriteria, '_type'>): LegalStatusCriteria {
  return {_type: 'legalStatusCriteria', ...answers}
}

function sourceLink(kind: SourceLinkKind, url: string, title: string): SourceLinkValue {
  return {_type: 'sourceLink', kind, title, url}
}

function fromText(key: string, quote: string, source: SourceLinkValue): LegalStatusTextEvidence {
  return {_key: key, _type: 'legalStatusTextEvidence', quote, source}
}

function milestone(
  key: string,
  kind: MilestoneKindValue,
  date: IsoDate,
  url: string,
  note?: string,
): LegalStatusMilestone {
  const item: LegalStatusMilestone = {_key: key, _type: 'legalStatusMilestone', kind, date, url}
  return note === undefined ? item : {...item, note}
}

const JAPAN_TEXT = sourceLink(
  'other',
  'https://www.pubt.io/view/289743F0CC290E1F38BE372E3D5F352098AC5C78',
  'Verbatim mirror of the White House page “U.S. – Japan Technology Prosperity Deal”',
)
const KOREA_TEXT = sourceLink(
  'other',
  'https://www.pubt.io/view/AB9BCFC4E85AE42CA44A5A7ED65B73B91EB6504F',
  'Verbatim mirror of the White House page for the U.S.-ROK Technology Prosperity Deal',
)

/** Donovan's verbatim quote is about timing; his view on bindingness is FYI's paraphrase. */
const DONOVAN_EVIDENCE_NOTE =
  'FYI reports, in paraphrase, Donovan’s view that the deals "are not considered international agreements in a formal, legal sense, as they do not bind the signing countries." The quote record holds his verbatim words to FYI on what the memoranda may lead to.'

/** The White House's own word for the deals, which the desk weighs against their text. */
/** Cole Donovan's view in FYI, the same expert evidence for both Technology Prosperity Deals. */
function donovanOnBothDeals() {
  return {
    _key: 'expert-donovan',
    _type: 'legalStatusExpertQuote' as const,
    quote: ref(QUOTE.donovan),
    note: DONOVAN_EVIDENCE_NOTE,
  }
}

function whiteHouseCallsThemAgreements(key: string) {
  return {
    _key: key,
    _type: 'legalStatusOfficialStatement' as const,
    text: 'The deals are described by the White House as “bilateral agreements” (FYI’s report; the desk has not found the White House wording).',
    who: 'The White House, as reported by FYI',
    source: sourceLink(
      'coverage',
      FYI_ARTICLE_URL,
      'US Signs Tech Deals with Japan and South Korea',
    ),
  }
}

const DONOVAN_VIEW =
  'FYI reports the view of Cole Donovan (FAS; formerly OSTP and the State Department) that, though the White House describes the deals as "bilateral agreements," "they are not considered international agreements in a formal, legal sense, as they do not bind the signing countries" ([FYI]).'

export const agreements: AgreementDocument[] = [
  {
    _id: AGREEMENT.japanTpd,
    _type: 'agreement',
    title:
      'Memorandum of Cooperation Regarding the Technology Prosperity Deal Between the Government of the United States of America and the Government of Japan',
    shortName: 'US–Japan Technology Prosperity Deal',
    instrumentForm: 'memorandumOfCooperation',
    // The seven fields reported before signing ([YOMIURI]); the story names fusion, space and AI.
    areas: ['ai', 'researchSecurity', 'telecom', 'biotech', 'quantum', 'fusion', 'space'],
    summary:
      'A non-binding memorandum of cooperation, released by the White House on 2025-10-28 and, per pre-signing reports, signed in Tokyo during the Trump–Takaichi summit, in which the two governments say they intend to collaborate on AI, research security, communications beyond 5G and 6G, pharmaceutical and biotech supply chains, quantum, fusion at JT-60SA, and space. ' +
      'Only the preamble, purpose and the opening of the areas section have been recovered verbatim; the exact signing venue, and whether Kimi Onoda is named in the signature block, are unverified (her signing rests on pre-signing reports and third-party data).',
    relatedInstruments: [
      {
        _key: 'builds-on-1988-st-agreement',
        _type: 'instrumentRelation',
        kind: 'buildsOn',
        agreement: ref(AGREEMENT.japanStAgreement),
        note: 'The MOC preamble notes "the longstanding collaboration established under the existing Agreement" on Cooperation in R&D in S&T.',
      },
      {
        _key: 'related-tokyo-quantum-statement',
        _type: 'instrumentRelation',
        kind: 'relatedTo',
        agreement: ref(AGREEMENT.tokyoQuantum),
        note: 'Earlier non-binding US–Japan S&T instrument; FYI likens the memoranda to the quantum cooperation statements it began.',
      },
      {
        _key: 'related-korea-tpd',
        _type: 'instrumentRelation',
        kind: 'relatedTo',
        agreement: ref(AGREEMENT.koreaTpd),
        note: 'Companion deal signed the next day; the White House announced both in one release.',
      },
    ],
    parties: [
      {
        _key: 'party-us',
        _type: 'agreementParty',
        party: ref(ORG.usGovernment),
        representedBy: ref(ORG.ostp),
        signatory: ref(PERSON.kratsios),
        signatoryTitle: 'Director of the White House Office of Science and Technology Policy',
      },
      {
        _key: 'party-japan',
        _type: 'agreementParty',
        party: ref(ORG.japanGovernment),
        representedBy: ref(ORG.cabinetOfficeJapan),
        signatory: ref(PERSON.onoda),
        signatoryTitle:
          'Minister in charge of Economic Security and Minister of State for Science and Technology Policy',
      },
    ],
    signedDate: '2025-10-28',
    place: 'Tokyo',
    sourceLinks: [
      link(
        'official-text',
        'officialText',
        'https://www.whitehouse.gov/articles/2025/10/u-s-japan-technology-prosperity-deal/',
        'U.S. – Japan Technology Prosperity Deal',
      ),
      link('press-release', 'pressRelease', WH_PRESS_RELEASE_URL, WH_PRESS_RELEASE_TITLE),
      link(
        'text-mirror',
        'other',
        'https://www.pubt.io/view/289743F0CC290E1F38BE372E3D5F352098AC5C78',
        'Verbatim mirror of the White House page (source of the recovered text)',
      ),
      link(
        'fyi-coverage',
        'coverage',
        FYI_ARTICLE_URL,
        'US Signs Tech Deals with Japan and South Korea',
      ),
    ],
    fullText: recoveredText(
      'us-japan-technology-prosperity-deal-moc.txt',
      'pubt.io/view/289743F0CC290E1F38BE372E3D5F352098AC5C78',
    ),
    legalStatus: {
      _type: 'legalStatus',
      status: 'nonBinding',
      criteria: criteria({
        partiesAreStates: yes(
          'The Government of the United States, represented by OSTP, and the Government of Japan, represented by the Cabinet Office ([PUBT-JP]).',
        ),
        intentToBeBound: no(
          'The text says "Participants", "Have reached the following recognition" and "intend to collaborate"; Cole Donovan (FYI) says the deals "do not bind the signing countries".',
        ),
        governedByInternationalLaw: unknown(
          'No governing-law clause in the recovered text; the rest was not recovered.',
        ),
        significance: yes(
          'Seven strategic S&T fields, signed at a summit and announced by the White House.',
        ),
        specificity: no(
          'The recovered text and the reports name areas to collaborate in, with no objective criteria for performance.',
        ),
        twoOrMoreParties: yes('Two governments.'),
        customaryForm: no(
          'A memorandum of cooperation with "Participants" and a "recognition" formula, not articles, parties and entry into force.',
        ),
      }),
      basis: [
        fromText(
          'text-participants',
          '(hereinafter referred to collectively as the "Participants")',
          JAPAN_TEXT,
        ),
        fromText('text-recognition', 'Have reached the following recognition:', JAPAN_TEXT),
        fromText('text-intend-to', 'The Participants intend to collaborate in', JAPAN_TEXT),
        donovanOnBothDeals(),
        whiteHouseCallsThemAgreements('white-house-bilateral-agreements'),
      ],
      milestones: [
        milestone(
          'signed',
          'signed',
          '2025-10-28',
          'https://www.whitehouse.gov/articles/2025/10/u-s-japan-technology-prosperity-deal/',
          'Released by the White House that day; signed in Tokyo during the Trump–Takaichi summit per pre-signing reports.',
        ),
      ],
      basisSummary:
        'The text calls the two governments "Participants", not parties; its operative formula is "Have reached the following recognition"; and its areas of cooperation open with "The Participants intend to collaborate in". That is the language of a non-binding memorandum, not of an agreement creating legal obligations (White House text, via [PUBT-JP]). ' +
        'Whether the MOC also has an express non-binding or no-funds clause is unverified: that part of the text was not recovered. ' +
        DONOVAN_VIEW,
    },
  },
  {
    _id: AGREEMENT.koreaTpd,
    _type: 'agreement',
    title:
      'Memorandum of Understanding Between the Government of the United States of America and the Government of the Republic of Korea regarding the U.S.-ROK Technology Prosperity Deal',
    shortName: 'US–ROK Technology Prosperity Deal',
    instrumentForm: 'memorandumOfUnderstanding',
    areas: [
      'ai',
      'stemEducation',
      'researchSecurity',
      'telecom',
      'biotech',
      'quantum',
      'basicResearch',
      'space',
    ],
    summary:
      "A non-binding memorandum of understanding, signed in Gyeongju on the sidelines of APEC, covering many of the Japan deal's areas plus STEM education for children, basic research, and space items: a Korean cubesat on Artemis II, NASA's Commercial Lunar Payload Services, a GPS-compatible Korea Positioning System and low Earth orbit destinations. " +
      'The preamble has no "represented by" clause; OSTP and MSIT are recorded as the bodies whose heads signed. Bae Kyung-hoon\'s title is as reported in the press; the signature block was not recovered. ' +
      'A third-party summary reports, in paraphrase only, that the MOU becomes operative upon last signature, may be modified by mutual written decision, and works through a Joint Committee Meeting mechanism ([GOVPULSE-KR]); no operative date is recorded until the wording is confirmed.',
    relatedInstruments: [
      {
        _key: 'related-korea-st-agreement',
        _type: 'instrumentRelation',
        kind: 'relatedTo',
        agreement: ref(AGREEMENT.koreaStAgreement),
        note: 'The formal US–ROK S&T framework. The recovered text does not mention it; the MOU reportedly does not alter existing agreements (paraphrase, [GOVPULSE-KR]).',
      },
      {
        _key: 'related-japan-tpd',
        _type: 'instrumentRelation',
        kind: 'relatedTo',
        agreement: ref(AGREEMENT.japanTpd),
        note: 'Companion deal signed the day before; much of the preamble is the same.',
      },
    ],
    parties: [
      {
        _key: 'party-us',
        _type: 'agreementParty',
        party: ref(ORG.usGovernment),
        representedBy: ref(ORG.ostp),
        signatory: ref(PERSON.kratsios),
        signatoryTitle: 'Director of the White House Office of Science and Technology Policy',
      },
      {
        _key: 'party-korea',
        _type: 'agreementParty',
        party: ref(ORG.koreaGovernment),
        representedBy: ref(ORG.msit),
        signatory: ref(PERSON.bae),
        signatoryTitle: 'Deputy Prime Minister and Minister of Science and ICT',
      },
    ],
    signedDate: '2025-10-29',
    endNote:
      "Reportedly, either participant may discontinue it on 180 days' advance written notice (paraphrase, [GOVPULSE-KR]; exact wording unverified).",
    place: 'Gyeongju Arts Center, Gyeongju, Republic of Korea',
    sourceLinks: [
      link(
        'official-text',
        'officialText',
        'https://www.whitehouse.gov/articles/2025/10/u-s-korea-technology-prosperity-deal/',
        'U.S. – Korea Technology Prosperity Deal',
      ),
      link('press-release', 'pressRelease', WH_PRESS_RELEASE_URL, WH_PRESS_RELEASE_TITLE),
      link(
        'text-mirror',
        'other',
        'https://www.pubt.io/view/AB9BCFC4E85AE42CA44A5A7ED65B73B91EB6504F',
        'Verbatim mirror of the White House page (source of the recovered text)',
      ),
      link(
        'summary-govpulse',
        'other',
        'https://vu.govpulse.tools/2025/10/29/u-s-korea-technology-prosperity-deal',
        'Third-party paraphrase of the MOU (only source for its closing clauses)',
      ),
      link(
        'fyi-coverage',
        'coverage',
        FYI_ARTICLE_URL,
        'US Signs Tech Deals with Japan and South Korea',
      ),
      link('korea-herald', 'coverage', 'https://www.koreaherald.com/article/10603858'),
      link(
        'joongang-daily',
        'coverage',
        'https://koreajoongangdaily.joins.com/news/2025-10-29/business/tech/Korea-US-sign-MOU-focused-on-technological-sovereignty/2431805',
        'Korea, US sign MOU focused on technological sovereignty',
      ),
    ],
    fullText: recoveredText(
      'us-rok-technology-prosperity-deal-mou.txt',
      'pubt.io/view/AB9BCFC4E85AE42CA44A5A7ED65B73B91EB6504F',
    ),
    legalStatus: {
      _type: 'legalStatus',
      status: 'nonBinding',
      criteria: criteria({
        partiesAreStates: yes(
          'The Government of the United States and the Government of the Republic of Korea ([PUBT-KR]).',
        ),
        intentToBeBound: no(
          'The text says "Participants", "Have reached the following understandings", "aim to collaborate" and "intend to collaborate"; a clause reportedly says it is non-binding (paraphrase, [GOVPULSE-KR]).',
        ),
        governedByInternationalLaw: unknown(
          'No governing-law clause in the recovered text; the rest was not recovered.',
        ),
        significance: yes(
          'Eight S&T areas, signed during a state visit at APEC and announced by the White House.',
        ),
        specificity: unknown(
          'Some areas name concrete projects (a Korean cubesat on Artemis II, CLPS, KPS), but their clauses were not recovered.',
        ),
        twoOrMoreParties: yes('Two governments.'),
        customaryForm: no(
          'A memorandum of understanding with "Participants" and an "understandings" formula; reportedly operative on last signature and discontinued by written notice (paraphrase).',
        ),
      }),
      basis: [
        fromText(
          'text-participants',
          '(hereinafter referred to as the "Participants")',
          KOREA_TEXT,
        ),
        fromText('text-understandings', 'Have reached the following understandings:', KOREA_TEXT),
        fromText(
          'text-aim-to',
          'The Participants aim to collaborate in a number of disciplines',
          KOREA_TEXT,
        ),
        fromText(
          'text-intend-to',
          'The Participants intend to collaborate closely on developing pro-innovation AI policy frameworks',
          KOREA_TEXT,
        ),
        donovanOnBothDeals(),
        whiteHouseCallsThemAgreements('white-house-bilateral-agreements'),
      ],
      milestones: [
        milestone(
          'signed',
          'signed',
          '2025-10-29',
          'https://koreajoongangdaily.joins.com/news/2025-10-29/business/tech/Korea-US-sign-MOU-focused-on-technological-sovereignty/2431805',
          'Signed at the Gyeongju Arts Center on the sidelines of APEC. Reportedly operative on last signature (paraphrase); no operative date is recorded.',
        ),
      ],
      basisSummary:
        'The text calls the two governments "Participants"; its operative formula is "Have reached the following understandings"; and the areas are introduced with "aim to collaborate" and "intend to collaborate" (White House text, via [PUBT-KR]). ' +
        'A third-party summary reports a clause to the effect that the MOU is non-binding and does not commit either participant to fund expenditures or alter existing agreements. That is a reported paraphrase ([GOVPULSE-KR]); the exact wording is unverified. ' +
        DONOVAN_VIEW,
    },
  },
  {
    _id: AGREEMENT.japanStAgreement,
    _type: 'agreement',
    title:
      'Agreement between the Government of the United States of America and the Government of Japan on Cooperation in Research and Development in Science and Technology',
    shortName: '1988 US–Japan S&T Agreement',
    instrumentForm: 'executiveAgreement',
    areas: ['basicResearch'],
    summary:
      'The formal framework for US–Japan science and technology cooperation, signed at the Toronto G7 summit by President Reagan and Prime Minister Takeshita; it replaced a 1980 agreement. It has been extended repeatedly (1993, 1999 with amendments, 2004, 2014 for ten years), and its Article 5 sets up joint high-level and working-level committees. ' +
      'A protocol signed in Tokyo on 2026-01-16 extended it nine months from 2026-01-20; the instrument behind the 2024–2026 extension is unverified, as is entry into force on signature.',
    parties: [
      {_key: 'party-us', _type: 'agreementParty', party: ref(ORG.usGovernment)},
      {_key: 'party-japan', _type: 'agreementParty', party: ref(ORG.japanGovernment)},
    ],
    signedDate: '1988-06-20',
    endNote:
      'Fixed terms, extended by protocol; the latest known protocol (2026-01-16) extends it nine months from 2026-01-20.',
    place: 'Toronto (G7 Economic Summit)',
    sourceLinks: [
      link(
        'mofa-summary',
        'treatyRecord',
        'https://www.mofa.go.jp/mofaj/gaiko/technology/nikoku/ju_kyotei.html',
        'MOFA: summary of the Japan–US S&T Cooperation Agreement and its extensions (Japanese)',
      ),
      link(
        'mofa-2014-protocol',
        'pressRelease',
        'https://www.mofa.go.jp/press/release/press22e_000015.html',
        'MOFA press release on the 2014 extension protocol',
      ),
      link(
        'mofa-2026-protocol',
        'pressRelease',
        'https://www.mofa.go.jp/mofaj/press/release/pressit_000001_03219.html',
        'MOFA press release on the 2026 extension protocol (Japanese)',
      ),
      link('reagan-library', 'other', 'https://www.reaganlibrary.gov/research/speeches/062088a'),
    ],
    legalStatus: {
      _type: 'legalStatus',
      status: 'binding',
      criteria: criteria({
        partiesAreStates: yes('The Governments of the United States and Japan.'),
        intentToBeBound: unknown(
          'Its clauses were not reviewed; inferred from its form and its extension by formal protocols.',
        ),
        governedByInternationalLaw: unknown(),
        significance: yes('The framework for US–Japan S&T cooperation since 1988.'),
        specificity: unknown(),
        twoOrMoreParties: yes('Two governments.'),
        customaryForm: yes(
          'An "Agreement … on Cooperation", with articles (Article 5 sets up committees), a fixed term and extension protocols signed for each government.',
        ),
      }),
      milestones: [
        milestone(
          'signed',
          'signed',
          '1988-06-20',
          'https://www.mofa.go.jp/mofaj/gaiko/technology/nikoku/ju_kyotei.html',
          'Concluded at the Toronto G7 summit (MOFA).',
        ),
      ],
      basisSummary:
        'A government-to-government agreement concluded by the heads of government (MOFA: "concluded on June 20, 1988"), with a fixed term that has been extended by formal protocols signed for each government, e.g. by Foreign Minister Kishida and Ambassador Kennedy in 2014 (MOFA). FYI counts it among the "formal scientific and technical cooperation agreements" that the new, non-binding memoranda differ from. Its own clauses were not reviewed for this record.',
    },
  },
  {
    _id: AGREEMENT.koreaStAgreement,
    _type: 'agreement',
    // The official title is unverified (FACTS.md §5); the title field is required, so this
    // describes the instrument instead of guessing its wording.
    title:
      'US–Republic of Korea science and technology cooperation agreement (official title unverified)',
    shortName: 'US–ROK S&T Agreement',
    instrumentForm: 'executiveAgreement',
    areas: ['basicResearch'],
    summary:
      'The formal framework for US–ROK science and technology cooperation. The revised agreement signed in Washington on 2023-02-03 by Foreign Minister Park Jin and Secretary of State Antony Blinken extended it for ten years instead of yearly renewals and added intellectual-property provisions (KBS; VOA). ' +
      'Its origin is uncertain: Korea Herald dates the first agreement to 1976, KBS to 1992 (revised 1999); the exact dates and title are unverified.',
    parties: [
      {_key: 'party-us', _type: 'agreementParty', party: ref(ORG.usGovernment)},
      {_key: 'party-korea', _type: 'agreementParty', party: ref(ORG.koreaGovernment)},
    ],
    // The date of the verified 2023 revision, not of the (uncertain) original agreement.
    signedDate: '2023-02-03',
    endNote: 'The 2023 revision extended it ten years; the exact expiry date is unverified.',
    place: 'Washington',
    sourceLinks: [
      link(
        'kbs-2023',
        'coverage',
        'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=175610',
      ),
      link(
        'voa-2023',
        'coverage',
        'https://editorials.voa.gov/a/the-republic-of-korea---a-longstanding-strategic-ally/6967652.html',
      ),
      link(
        'korea-herald-2016',
        'coverage',
        'https://heraldk.com/en/2016/03/30/s-korea-u-s-strengthen-cooperation-in-science-technology-sector',
      ),
    ],
    legalStatus: {
      _type: 'legalStatus',
      status: 'binding',
      criteria: criteria({
        partiesAreStates: yes('The Governments of the United States and the Republic of Korea.'),
        intentToBeBound: unknown(
          'Its clauses were not reviewed; inferred from its form and its revision by the foreign minister and the Secretary of State.',
        ),
        governedByInternationalLaw: unknown(),
        significance: yes('The framework for US–ROK S&T cooperation.'),
        specificity: unknown(),
        twoOrMoreParties: yes('Two governments.'),
        customaryForm: unknown('The text was not reviewed.'),
      }),
      milestones: [
        milestone(
          'signed-2023-revision',
          'signed',
          '2023-02-03',
          'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=175610',
          'The revised agreement, signed in Washington; the original agreement’s date is uncertain.',
        ),
      ],
      basisSummary:
        'A government-to-government agreement, revised and extended for a fixed ten-year term in an instrument signed by the foreign minister and the Secretary of State, with intellectual-property provisions (KBS 2023; VOA). It is of the kind FYI calls "formal scientific and technical cooperation agreements", in contrast to the non-binding memoranda. Its own clauses were not reviewed for this record.',
    },
  },
  {
    _id: AGREEMENT.tokyoQuantum,
    _type: 'agreement',
    title: 'Tokyo Statement on Quantum Cooperation',
    shortName: 'Tokyo Statement on Quantum Cooperation',
    instrumentForm: 'jointStatement',
    areas: ['quantum'],
    summary:
      'A US–Japan statement of intent on quantum cooperation, signed in Tokyo by Nicholas Hill (Acting Deputy Chief of Mission, US Embassy Tokyo) and Yasuki Matsuo (Director General for Science, Technology and Innovation, Cabinet Office). ' +
      'It began the series of quantum cooperation statements the FYI story mentions, and is the only one found from the first Trump administration; the later ones found (UK, Australia, Finland, Sweden, Denmark, the Netherlands) date from 2021–2023.',
    parties: [
      {
        _key: 'party-us',
        _type: 'agreementParty',
        party: ref(ORG.usGovernment),
        representedBy: ref(ORG.stateDepartment),
        signatoryTitle: 'Acting Deputy Chief of Mission, US Embassy Tokyo',
      },
      {
        _key: 'party-japan',
        _type: 'agreementParty',
        party: ref(ORG.japanGovernment),
        representedBy: ref(ORG.cabinetOfficeJapan),
        signatoryTitle: 'Director General for Science, Technology and Innovation, Cabinet Office',
      },
    ],
    signedDate: '2019-12-19',
    place: 'Tokyo',
    sourceLinks: [
      link(
        'us-embassy',
        'pressRelease',
        'https://jp.usembassy.gov/u-s-and-japan-sign-landmark-international-quantum-statement/',
        'U.S. and Japan Sign Landmark International Quantum Statement',
      ),
      link(
        'cabinet-office',
        'other',
        'https://www8.cao.go.jp/cstp/stmain/20191219ryoushiseimei.html',
      ),
      link(
        'nextgov',
        'coverage',
        'https://www.nextgov.com/emerging-tech/2019/12/us-japan-sign-international-statement-quantum-cooperation/162053/',
      ),
    ],
    legalStatus: {
      _type: 'legalStatus',
      status: 'nonBinding',
      criteria: criteria({
        partiesAreStates: yes('Signed for the US Embassy Tokyo and Japan’s Cabinet Office.'),
        intentToBeBound: no(
          'A statement of intent; FYI counts it among "non-binding cooperation documents".',
        ),
        governedByInternationalLaw: unknown(),
        significance: unknown(),
        specificity: unknown(),
        twoOrMoreParties: yes('The United States and Japan.'),
        customaryForm: no('A joint statement, not an agreement.'),
      }),
      milestones: [
        milestone(
          'signed',
          'signed',
          '2019-12-19',
          'https://jp.usembassy.gov/u-s-and-japan-sign-landmark-international-quantum-statement/',
        ),
      ],
      basisSummary:
        'A joint statement of intent, not an agreement: FYI groups "the series of quantum cooperation statements" among the "non-binding cooperation documents signed in prior administrations". The later statements in the series reuse its template, which states intentions ("We intend to advance this agenda by…") rather than obligations.',
    },
  },
]

/** Used by other modules that cite the story. */
export const SOURCES = {FYI_ARTICLE_URL, WH_PRESS_RELEASE_URL} as const
