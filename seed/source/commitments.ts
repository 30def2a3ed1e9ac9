/**
 * Every commitment the story names, for Japan and for Korea, plus the other areas FACTS.md
 * records for each memorandum. Only the recovered text is quoted in `quotedText`; elsewhere the
 * instrument's wording is unverified and the field is left empty (the Studio warns, by design).
 * Source keys ([FYI], [GOVPULSE-KR] …) are those of seed/texts/FACTS.md.
 */
import {keyedRefs, ref} from './helpers'
import {AGREEMENT, COMMITMENT, ORG} from './ids'
import type {CommitmentDocument, FollowUp, IsoDate, MeasurableOutcome} from './types'

interface Deal {
  agreementId: string
  signedDate: IsoDate
  parties: readonly string[]
  /** 100 days, 6 months and 1 year after signing. */
  checks: readonly [IsoDate, IsoDate, IsoDate]
}

const JAPAN: Deal = {
  agreementId: AGREEMENT.japanTpd,
  signedDate: '2025-10-28',
  parties: [ORG.usGovernment, ORG.japanGovernment],
  checks: ['2026-02-05', '2026-04-28', '2026-10-28'],
}

const KOREA: Deal = {
  agreementId: AGREEMENT.koreaTpd,
  signedDate: '2025-10-29',
  parties: [ORG.usGovernment, ORG.koreaGovernment],
  checks: ['2026-02-06', '2026-04-29', '2026-10-29'],
}

const CHECK_KEYS = ['follow-up-100-days', 'follow-up-6-months', 'follow-up-1-year'] as const
const CHECK_REASONS = [
  '100 days after signing',
  '6 months after signing',
  '1 year after signing',
] as const

/** Why each check falls when it does; a commitment may add context to a reason. */
type ReasonExtras = Partial<Record<0 | 1 | 2, string>>

function plannedChecks(deal: Deal, extras: ReasonExtras = {}): FollowUp[] {
  return deal.checks.map((date, index) => {
    const extra = extras[index as 0 | 1 | 2]
    return {
      _key: CHECK_KEYS[index] ?? `follow-up-${index + 1}`,
      _type: 'followUp',
      date,
      reason: extra ? `${CHECK_REASONS[index]}; ${extra}` : (CHECK_REASONS[index] ?? ''),
      state: 'planned',
    }
  })
}

/** What the desk will look for. The memoranda state no deadlines, so none is recorded. */
function outcome(fields: Omit<MeasurableOutcome, '_type' | 'deadlineKind'>): MeasurableOutcome {
  return {_type: 'measurableOutcome', ...fields, deadlineKind: 'noneStated'}
}

interface CommitmentFields {
  _id: string
  title: string
  responsibleAgencies?: readonly string[]
  quotedText?: string
  summary: string
  area: CommitmentDocument['area']
  measurableOutcome: MeasurableOutcome
  followUpReasons?: ReasonExtras
}

/** A commitment made by both governments, not yet rated, with the desk's standard checks. */
function commitment(deal: Deal, fields: CommitmentFields): CommitmentDocument {
  const {_id, title, responsibleAgencies, quotedText, summary, area, measurableOutcome} = fields
  return {
    _id,
    _type: 'commitment',
    title,
    agreement: ref(deal.agreementId),
    parties: keyedRefs(deal.parties),
    ...(responsibleAgencies ? {responsibleAgencies: keyedRefs(responsibleAgencies)} : {}),
    ...(quotedText ? {quotedText} : {}),
    summary,
    area,
    measurableOutcome,
    status: 'notYetRated',
    ratingHistory: [
      {
        _key: `rating-${deal.signedDate}`,
        _type: 'ratingEntry',
        date: deal.signedDate,
        status: 'notYetRated',
        note: 'Signed; no delivery yet.',
      },
    ],
    followUps: plannedChecks(deal, fields.followUpReasons),
  }
}

const NOTHING_AT_SIGNING = 'Nothing announced under the deal at signing, as far as the desk knows.'

// --- Japan: Memorandum of Cooperation, 2025-10-28 ------------------------------------------
// Only "The Participants intend to collaborate in" survives of Section II, so no clause is
// quoted. Areas: the seven fields reported before signing ([YOMIURI]) and FYI's account.

const japanCommitments: CommitmentDocument[] = [
  commitment(JAPAN, {
    _id: COMMITMENT.japanAi,
    title: 'US and Japan collaborate on AI standards, R&D and exports',
    responsibleAgencies: [ORG.nsf, ORG.riken],
    summary:
      'The two governments aim to speed up the use of AI across industry and society: AI research and development led by research institutions (reports name NSF and RIKEN), cooperation on AI standards, and joint promotion and export of AI. FYI: the agreement "highlights potential collaboration on AI standards, R&D, and exports." ' +
      "Secondary reports also paraphrase cooperation on advanced semiconductors and high-performance computing. The MOC's own wording for this area was not recovered.",
    area: 'ai',
    measurableOutcome: outcome({
      delivery:
        'A joint US–Japan AI project (for example funded by NSF and RIKEN), a joint AI standards effort, or a joint AI export initiative, credited to the deal.',
      kind: 'event',
      indicator:
        'NSF and RIKEN announcements; OSTP and Cabinet Office statements on AI standards or exports',
      baseline: NOTHING_AT_SIGNING,
      target:
        'At least one joint AI project, standards effort or export initiative (the MOC sets no number)',
    }),
  }),
  commitment(JAPAN, {
    _id: COMMITMENT.japanResearchSecurity,
    title: 'US and Japan cooperate on research security',
    summary:
      "Cooperation on research security and the protection of research, one of the seven fields reported before signing ([YOMIURI]) and listed in summaries of the White House release ([GOVPULSE-WH]). The MOC's wording is unverified.",
    area: 'researchSecurity',
    measurableOutcome: outcome({
      delivery:
        'A joint research-security activity credited to the deal: shared guidance, a working group, or a joint meeting on protecting research.',
      kind: 'event',
      indicator: 'OSTP and Cabinet Office announcements; S&T Agreement joint committee records',
      baseline: NOTHING_AT_SIGNING,
      target: 'At least one joint research-security activity',
    }),
  }),
  commitment(JAPAN, {
    _id: COMMITMENT.japan6g,
    title: 'US and Japan cooperate on communications beyond 5G and 6G',
    summary:
      "Cooperation on high-speed communication standards beyond 5G and on 6G ([YOMIURI]); summaries of the White House release speak of promoting secure 6G networks ([GOVPULSE-WH]). The MOC's wording is unverified.",
    area: 'telecom',
    measurableOutcome: outcome({
      delivery:
        'A joint US–Japan 6G research project, or a joint position in 6G standards work, credited to the deal.',
      kind: 'event',
      indicator: 'Government announcements; joint contributions to 6G standards bodies',
      baseline: NOTHING_AT_SIGNING,
      target: 'At least one joint 6G project or standards position',
    }),
  }),
  commitment(JAPAN, {
    _id: COMMITMENT.japanBiotech,
    title: 'US and Japan build resilient pharmaceutical and biotech supply chains',
    summary:
      "Cooperation towards resilient pharmaceutical and biotechnology supply chains ([YOMIURI]; [GOVPULSE-WH]). The MOC's wording is unverified.",
    area: 'biotech',
    measurableOutcome: outcome({
      delivery:
        'A joint US–Japan measure on pharmaceutical or biotech supply chains (a plan, dialogue or project) credited to the deal.',
      kind: 'event',
      indicator: 'Government announcements on pharmaceutical and biotech supply chains',
      baseline: NOTHING_AT_SIGNING,
      target: 'At least one joint supply-chain measure',
    }),
  }),
  commitment(JAPAN, {
    _id: COMMITMENT.japanQuantum,
    title: 'US and Japan cooperate on quantum technology',
    summary:
      'Quantum technology cooperation, including protecting quantum technologies ([YOMIURI]; [GOVPULSE-WH]); the MOC\'s wording is unverified. The preamble names quantum technology among the fields with "strategic implications". It follows the 2019 Tokyo Statement on Quantum Cooperation.',
    area: 'quantum',
    measurableOutcome: outcome({
      delivery:
        'A joint US–Japan quantum research project or a joint measure to protect quantum technologies, credited to the deal.',
      kind: 'event',
      indicator: 'OSTP and Cabinet Office announcements; joint quantum research programmes',
      baseline: NOTHING_AT_SIGNING,
      target: 'At least one joint quantum project or protection measure',
    }),
  }),
  commitment(JAPAN, {
    _id: COMMITMENT.japanFusion,
    title: 'US and Japan collaborate on fusion R&D at JT-60SA',
    summary:
      'The MOC mentions plans to collaborate on fusion R&D at the JT-60SA test facility, "with the goal of developing commercial fusion reactors" (FYI\'s wording; the MOC clause was not recovered). JT-60SA is in Naka, Ibaraki, and is operated with the EU. No delivering agencies are named in the recovered sources.',
    area: 'fusion',
    measurableOutcome: outcome({
      delivery:
        'US researchers or US-funded experiments take part in JT-60SA under a US–Japan arrangement.',
      kind: 'event',
      indicator:
        'Announcements of a US–Japan JT-60SA collaboration, or US participation in JT-60SA experiments',
      baseline:
        'JT-60SA is a Japan–EU facility; no US–Japan JT-60SA project under the deal at signing, as far as the desk knows.',
      target: 'A US–Japan JT-60SA collaboration agreed or under way',
    }),
  }),
  commitment(JAPAN, {
    _id: COMMITMENT.japanSpace,
    title:
      'US deepens space collaboration with Japan: ISS, Artemis lunar surface, commercial space',
    summary:
      'The U.S. intends to deepen collaboration with Japan on the International Space Station (ISS), future Artemis lunar surface exploration missions, and commercial space projects (FYI); summaries of the White House release add an expanded role for Japan in Artemis ([GOVPULSE-WH]). ' +
      'NASA and JAXA would be the likely delivering agencies, but whether the MOC names them is unverified, so none is recorded.',
    area: 'space',
    measurableOutcome: outcome({
      delivery:
        'A new or expanded US–Japan arrangement on the ISS, Artemis lunar surface missions or commercial space, credited to the deal.',
      kind: 'event',
      indicator: 'NASA and JAXA announcements; Artemis mission roles assigned to Japan',
      baseline:
        'Existing ISS and Artemis collaboration, which the deal speaks of deepening; nothing new announced under it at signing, as far as the desk knows.',
      target: 'At least one new or expanded space arrangement',
    }),
  }),
]

// --- Korea: Memorandum of Understanding, 2025-10-29 ----------------------------------------
// The AI paragraph and the start of its first bullet are the only recovered clauses ([PUBT-KR]).
// Other areas come from a third-party paraphrase ([GOVPULSE-KR]) and FYI. MSIT is the Korean
// implementing ministry ([KH]).

const KOREA_AI_PARAGRAPH =
  "AI promises a new Golden Age of Innovation by empowering individuals and supercharging progress across sectors like healthcare, advanced manufacturing, and education. The Participants intend to collaborate closely on developing pro-innovation AI policy frameworks, promoting the export of trusted AI technology stacks, developing AI-ready datasets, strengthening the enforcement of technology protection measures, advancing shared work on industry standards, and fostering our children's digital wellbeing."

const koreaCommitments: CommitmentDocument[] = [
  commitment(KOREA, {
    _id: COMMITMENT.koreaAi,
    title: 'US and Korea collaborate on AI policy, exports, datasets and standards',
    responsibleAgencies: [ORG.msit],
    quotedText: KOREA_AI_PARAGRAPH,
    summary:
      "The two governments intend to work together on pro-innovation AI policy, exports of trusted AI technology stacks, AI-ready datasets, enforcement of technology-protection measures, industry standards, and children's digital wellbeing. " +
      'Reported in paraphrase only (wording unverified): joint promotion of US AI exports and a shared AI ecosystem in Asia and other regions, and removing barriers to data localization and hosting architectures ([KH] and a reworded copy of the MOU).',
    area: 'ai',
    measurableOutcome: outcome({
      delivery:
        'A joint US–Korea AI deliverable credited to the deal: an AI export package, shared AI-ready datasets, or a joint position on AI standards or policy.',
      kind: 'event',
      indicator:
        "OSTP and MSIT announcements; records of the MOU's Joint Committee Meeting (reported)",
      baseline: NOTHING_AT_SIGNING,
      target: 'At least one of the listed AI workstreams produces a public deliverable',
    }),
  }),
  commitment(KOREA, {
    _id: COMMITMENT.koreaAiResearch,
    title: 'US and Korea drive AI-for-science research',
    responsibleAgencies: [ORG.nsf, ORG.nrf],
    // Recovered only up to this point; the ellipsis marks where the text breaks off.
    quotedText:
      'Driving innovative research and development to accelerate the application of AI for science, advanced manufacturing, biotechnology, and …',
    summary:
      'The first focus area under AI: research and development that applies AI to science, advanced manufacturing and biotechnology (the bullet is recovered only in part). NSF and the National Research Foundation of Korea are named only in a reworded copy of the MOU; whether the official text names them is unverified.',
    area: 'ai',
    measurableOutcome: outcome({
      delivery: 'A joint NSF–NRF funding call, or jointly funded US–Korea AI-for-science projects.',
      kind: 'metric',
      indicator: 'Number of jointly funded US–Korea AI-for-science projects',
      baseline: 'None known to the desk at signing',
      target: 'At least one jointly funded project (the MOU sets no number)',
    }),
  }),
  commitment(KOREA, {
    _id: COMMITMENT.koreaStemChildren,
    title: 'US and Korea discuss promoting STEM education for children',
    summary:
      'The agreement "pledges to engage in discussions to promote STEM education for children" (FYI\'s wording; the MOU\'s is unverified). On 2025-10-30 the White House said Korea had joined the First Lady\'s "Fostering the Future Together" initiative "through the new Technology Prosperity Deal" (as reported by JoongAng Daily, 2025-10-31).',
    area: 'stemEducation',
    measurableOutcome: outcome({
      delivery: "US–Korea discussions on children's STEM education take place and are made public.",
      kind: 'event',
      indicator:
        'Meetings or joint activities on children\'s STEM education, including under "Fostering the Future Together"',
      baseline:
        'No discussions reported at signing; Korea joined "Fostering the Future Together" the next day (2025-10-30).',
      target: 'Discussions held (the MOU promises discussions, not programmes)',
    }),
    followUpReasons: {0: 'ask what Korea\'s joining "Fostering the Future Together" has produced'},
  }),
  commitment(KOREA, {
    _id: COMMITMENT.koreaResearchSecurity,
    title: 'US and Korea cooperate on research security',
    summary:
      'Deepen cooperation to protect critical research and mitigate technological threats (paraphrase, [GOVPULSE-KR]; wording unverified). The recovered AI paragraph also speaks of "strengthening the enforcement of technology protection measures".',
    area: 'researchSecurity',
    measurableOutcome: outcome({
      delivery:
        'A joint US–Korea research-security activity (shared guidance, a working group or a joint meeting) credited to the deal.',
      kind: 'event',
      indicator: 'OSTP and MSIT announcements',
      baseline: NOTHING_AT_SIGNING,
      target: 'At least one joint research-security activity',
    }),
  }),
  commitment(KOREA, {
    _id: COMMITMENT.korea6g,
    title: 'US and Korea cooperate on advanced radio access networks and 6G',
    summary:
      'Joint research, resilient telecommunications supply chains, and setting global standards for advanced radio access networks and 6G (paraphrase, [GOVPULSE-KR]; wording unverified).',
    area: 'telecom',
    measurableOutcome: outcome({
      delivery:
        'A joint US–Korea 6G or advanced-RAN research project, or a joint standards position, credited to the deal.',
      kind: 'event',
      indicator: 'Government announcements; joint contributions to 6G standards bodies',
      baseline: NOTHING_AT_SIGNING,
      target: 'At least one joint project or standards position',
    }),
  }),
  commitment(KOREA, {
    _id: COMMITMENT.koreaBiotech,
    title: 'US and Korea secure pharmaceutical and biotech supply chains',
    summary:
      'Secure pharmaceutical and biotechnology supply chains, and intellectual property throughout research and development (paraphrase, [GOVPULSE-KR]; wording unverified).',
    area: 'biotech',
    measurableOutcome: outcome({
      delivery:
        'A joint US–Korea measure on pharmaceutical or biotech supply chains credited to the deal.',
      kind: 'event',
      indicator: 'Government announcements on pharmaceutical and biotech supply chains',
      baseline: NOTHING_AT_SIGNING,
      target: 'At least one joint supply-chain measure',
    }),
  }),
  commitment(KOREA, {
    _id: COMMITMENT.koreaQuantum,
    title: 'US and Korea cooperate on quantum innovation',
    summary:
      'Interoperable quantum standards and safeguarding the quantum supply chain (paraphrase, [GOVPULSE-KR]; wording unverified).',
    area: 'quantum',
    measurableOutcome: outcome({
      delivery:
        'A joint US–Korea quantum standards effort or supply-chain measure credited to the deal.',
      kind: 'event',
      indicator: 'OSTP and MSIT announcements; joint quantum standards work',
      baseline: NOTHING_AT_SIGNING,
      target: 'At least one joint quantum standards effort or supply-chain measure',
    }),
  }),
  commitment(KOREA, {
    _id: COMMITMENT.koreaBasicResearch,
    title: 'US and Korea expand basic research collaboration and researcher exchanges',
    responsibleAgencies: [ORG.msit],
    summary:
      'The agreement "highlights a desire to collaborate on basic research" (FYI). A third-party summary paraphrases the section as expanding bilateral collaboration in basic research, large-scale projects and researcher exchanges ([GOVPULSE-KR]; wording unverified).',
    area: 'basicResearch',
    measurableOutcome: outcome({
      delivery: 'New joint basic-research projects or researcher exchanges credited to the deal.',
      kind: 'metric',
      indicator:
        'Number of new joint basic-research projects and researcher exchanges credited to the deal',
      baseline: 'None credited to the deal at signing, as far as the desk knows',
      target: 'At least one new project or exchange (the MOU sets no number)',
    }),
  }),

  // Space: four separate promises (FYI; [GOVPULSE-KR]). NASA is the US agency for the lunar and
  // low-Earth-orbit items; KASA's naming in the MOU is not confirmed.
  commitment(KOREA, {
    _id: COMMITMENT.koreaArtemisCubesat,
    title: 'Korean cubesat rides on Artemis II',
    responsibleAgencies: [ORG.nasa, ORG.kasa],
    summary:
      'The MOU mentions a Korean cubesat rideshare on Artemis II (FYI; [GOVPULSE-KR]). The cubesat is K-RadCube: KASA and NASA signed an Implementing Arrangement on 2025-05-02 to fly it on Artemis II in the Orion stage adapter, with KASA to deliver it by July 2025; Artemis II was then planned for April 2026. Whether the MOU names KASA is unverified.',
    area: 'space',
    measurableOutcome: outcome({
      delivery: 'K-RadCube flies on Artemis II.',
      kind: 'event',
      indicator:
        'Artemis II launch (planned for April 2026 as of May 2025) and NASA or KASA confirmation that K-RadCube was deployed',
      baseline:
        'Implementing Arrangement signed 2025-05-02; K-RadCube due for delivery by July 2025 (delivery not confirmed in the seed sources).',
      target: 'K-RadCube launched and deployed on Artemis II',
    }),
    followUpReasons: {1: 'Artemis II was planned for April 2026 (as of May 2025)'},
  }),
  commitment(KOREA, {
    _id: COMMITMENT.koreaClps,
    title: "US and Korea collaborate on NASA's Commercial Lunar Payload Services",
    responsibleAgencies: [ORG.nasa],
    summary:
      "The MOU mentions NASA's Commercial Lunar Payload Services (CLPS) among the areas of space collaboration (FYI; [GOVPULSE-KR]). What form the collaboration takes, such as Korean instruments on CLPS landers, is unverified.",
    area: 'space',
    measurableOutcome: outcome({
      delivery:
        'A Korean payload manifested on a CLPS mission, or another announced Korea–CLPS arrangement.',
      kind: 'event',
      indicator: 'NASA CLPS task orders and payload manifests; NASA and Korean announcements',
      baseline: 'No Korea–CLPS arrangement under the deal at signing, as far as the desk knows.',
      target: 'A Korean payload or other Korea–CLPS arrangement announced',
    }),
  }),
  commitment(KOREA, {
    _id: COMMITMENT.koreaKps,
    title: 'US and Korea develop a GPS-compatible Korea Positioning System',
    summary:
      'The MOU mentions the development of a GPS-compatible Korea Positioning System (KPS) (FYI; [GOVPULSE-KR] says compatible and interoperable). It follows the US–ROK civil GNSS cooperation agreement signed on 2021-05-27. The recovered sources name no delivering agencies.',
    area: 'space',
    measurableOutcome: outcome({
      delivery:
        'A US–Korea step on KPS–GPS compatibility and interoperability credited to the deal, such as a technical arrangement or a working-group result.',
      kind: 'event',
      indicator: 'Announcements from US–ROK civil GNSS cooperation; KPS programme milestones',
      baseline:
        'Civil GNSS cooperation agreement signed 2021-05-27; KPS in development at signing.',
      target: 'A documented KPS–GPS compatibility step',
    }),
  }),
  commitment(KOREA, {
    _id: COMMITMENT.koreaLeo,
    title: 'US and Korea explore partnerships on low Earth orbit destinations',
    responsibleAgencies: [ORG.nasa],
    summary:
      'The MOU mentions "potential partnerships related to low earth orbit destinations" (FYI\'s wording; [GOVPULSE-KR]). Which destinations or partners are meant is unverified.',
    area: 'space',
    measurableOutcome: outcome({
      delivery:
        'A Korean partnership on a low Earth orbit destination announced and credited to the deal.',
      kind: 'event',
      indicator: 'NASA and Korean announcements on low Earth orbit destinations',
      baseline: NOTHING_AT_SIGNING,
      target: 'One announced partnership (the MOU speaks only of potential partnerships)',
    }),
  }),
]

export const commitments: CommitmentDocument[] = [...japanCommitments, ...koreaCommitments]
