/**
 * Consistency checks for the seed, run by scripts/buildSeed.ts before it writes the file. They
 * use the schema's own vocabulary and rule functions (no Sanity imports), and return a list of
 * problems, empty when the seed is sound. Full Studio validation runs in test/seed.test.ts.
 */
import {
  chronologicalOrder,
  dateNotBefore,
  isHttpUrl,
  parseCalendarDate,
  quoteIsSourced,
  statusMatchesLatestRating,
  verificationIsComplete,
} from '../../schemas/rules/editorialRules'
import {
  ARTICLE_KINDS,
  COMMITMENT_STATUSES,
  COOPERATION_AREAS,
  DEADLINE_KINDS,
  FOLLOW_UP_STATES,
  GROUND_RULES,
  INSTRUMENT_FORMS,
  LEGAL_STATUSES,
  ORGANIZATION_KINDS,
  OUTCOME_KINDS,
  QUOTE_MEDIA,
  RELATION_KINDS,
  SOURCE_LINK_KINDS,
  valuesOf,
  VERIFICATION_METHODS,
  type Choice,
} from '../../schemas/vocabulary'
import type {SeedDocument} from './types'

type Loose = Record<string, unknown>

/** Where an enum value sits (a dotted path; `[]` walks an array) and the list it comes from. */
const ENUM_FIELDS: Record<string, [string, readonly Choice[]][]> = {
  organization: [['kind', ORGANIZATION_KINDS]],
  expertSource: [['defaultGroundRules', GROUND_RULES]],
  agreement: [
    ['instrumentForm', INSTRUMENT_FORMS],
    ['legalStatus.status', LEGAL_STATUSES],
    ['relatedInstruments[].kind', RELATION_KINDS],
    ['sourceLinks[].kind', SOURCE_LINK_KINDS],
  ],
  commitment: [
    ['area', COOPERATION_AREAS],
    ['status', COMMITMENT_STATUSES],
    ['measurableOutcome.kind', OUTCOME_KINDS],
    ['measurableOutcome.deadlineKind', DEADLINE_KINDS],
    ['ratingHistory[].status', COMMITMENT_STATUSES],
    ['ratingHistory[].evidence[].kind', SOURCE_LINK_KINDS],
    ['followUps[].state', FOLLOW_UP_STATES],
  ],
  quote: [
    ['medium', QUOTE_MEDIA],
    ['groundRules', GROUND_RULES],
    ['verification.method', VERIFICATION_METHODS],
  ],
  article: [['kind', ARTICLE_KINDS]],
}

/** Fields the schema requires with an error, per type. */
const REQUIRED: Record<string, string[]> = {
  organization: ['name', 'kind'],
  person: ['name'],
  expertSource: ['person'],
  agreement: ['title', 'instrumentForm', 'parties', 'legalStatus.status'],
  commitment: ['title', 'parties', 'summary', 'area', 'status'],
  quote: ['text', 'speaker', 'date', 'medium', 'groundRules'],
  article: ['headline', 'kind', 'slug.current'],
}

/** Which document types a reference at a path may point to (paths as in ENUM_FIELDS). */
const REFERENCE_TARGETS: Record<string, [string, string[]][]> = {
  organization: [['parent', ['organization']]],
  person: [
    ['organization', ['organization']],
    ['roles[].organization', ['organization']],
  ],
  expertSource: [['person', ['person']]],
  agreement: [
    ['parties[].party', ['organization']],
    ['parties[].representedBy', ['organization']],
    ['parties[].signatory', ['person']],
    ['relatedInstruments[].agreement', ['agreement']],
  ],
  commitment: [
    ['agreement', ['agreement']],
    ['parties[]', ['organization']],
    ['responsibleAgencies[]', ['organization']],
    ['followUps[].article', ['article']],
  ],
  quote: [
    ['speaker', ['person']],
    ['agreements[]', ['agreement']],
    ['commitments[]', ['commitment']],
  ],
  article: [
    ['followUpOf', ['commitment']],
    ['agreements[]', ['agreement']],
    ['commitments[]', ['commitment']],
    ['byline[]', ['person']],
    ['body[].quote', ['quote']],
    ['body[].children[].quote', ['quote']],
  ],
}

/** The values at a path such as `parties[].party`; missing values are skipped. */
function valuesAt(value: unknown, path: string): unknown[] {
  if (path === '') return value === undefined ? [] : [value]
  const [head = '', ...rest] = path.split('.')
  const tail = rest.join('.')
  if (head.endsWith('[]')) {
    const items = (value as Loose | undefined)?.[head.slice(0, -2)]
    return Array.isArray(items) ? items.flatMap((item) => valuesAt(item, tail)) : []
  }
  return valuesAt((value as Loose | undefined)?.[head], tail)
}

function walk(value: unknown, visit: (value: unknown, path: string) => void, path: string): void {
  visit(value, path)
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, visit, `${path}[${i}]`))
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) walk(child, visit, `${path}.${key}`)
  }
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0)

export function checkSeed(documents: readonly SeedDocument[]): string[] {
  const problems: string[] = []
  const byId = new Map<string, SeedDocument>()

  for (const doc of documents) {
    if (byId.has(doc._id)) problems.push(`${doc._id}: duplicate _id`)
    byId.set(doc._id, doc)
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(doc._id)) {
      problems.push(`${doc._id}: ids are lower-case words joined by hyphens (no dots)`)
    }
  }

  for (const doc of documents) {
    const id = doc._id
    const loose = doc as unknown as Loose

    // Structure: keys on array items, resolving references, valid dates and links.
    walk(
      doc,
      (value, path) => {
        if (Array.isArray(value)) {
          const keys = value
            .filter((item) => item && typeof item === 'object')
            .map((item) => (item as Loose)._key)
          if (keys.some((key) => typeof key !== 'string' || key === '')) {
            problems.push(`${path}: array item without _key`)
          }
          if (new Set(keys).size !== keys.length) problems.push(`${path}: duplicate _key`)
        } else if (value && typeof value === 'object') {
          const ref = (value as Loose)._ref
          if (typeof ref === 'string' && !byId.has(ref))
            problems.push(`${path}: dangling _ref ${ref}`)
        }
      },
      id,
    )

    for (const [path, choices] of ENUM_FIELDS[doc._type] ?? []) {
      const allowed = valuesOf(choices) as string[]
      for (const value of valuesAt(doc, path)) {
        if (!allowed.includes(String(value)))
          problems.push(`${id} ${path}: unknown value "${String(value)}"`)
      }
    }

    for (const path of REQUIRED[doc._type] ?? []) {
      if (isEmpty(valuesAt(doc, path)[0])) problems.push(`${id}: missing required ${path}`)
    }

    for (const [path, types] of REFERENCE_TARGETS[doc._type] ?? []) {
      for (const value of valuesAt(doc, path)) {
        const target = byId.get(String((value as Loose)?._ref))
        if (target && !types.includes(target._type)) {
          problems.push(
            `${id} ${path}: points to a ${target._type}, expected ${types.join(' or ')}`,
          )
        }
      }
    }

    for (const path of [
      'website',
      'sourceUrl',
      'sourceLinks[].url',
      'ratingHistory[].evidence[].url',
    ]) {
      for (const url of valuesAt(doc, path)) {
        const result = isHttpUrl(url)
        if (result !== true) problems.push(`${id} ${path}: ${result}`)
      }
    }

    const dates = [
      'signedDate',
      'operativeDate',
      'endDate',
      'date',
      'measurableOutcome.deadline',
      'ratingHistory[].date',
      'followUps[].date',
      'roles[].from',
      'roles[].to',
    ]
    for (const path of dates) {
      for (const value of valuesAt(doc, path)) {
        if (
          typeof value !== 'string' ||
          !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
          !parseCalendarDate(value)
        ) {
          problems.push(`${id} ${path}: "${String(value)}" is not a YYYY-MM-DD date`)
        }
      }
    }

    const push = (result: true | string) => {
      if (result !== true) problems.push(`${id}: ${result}`)
    }

    // Type-specific editorial rules, from schemas/rules/editorialRules.ts.
    switch (doc._type) {
      case 'agreement':
        push(
          dateNotBefore(doc.operativeDate, doc.signedDate, {
            later: 'operative date',
            earlier: 'signing date',
          }),
        )
        push(
          dateNotBefore(doc.endDate, doc.operativeDate ?? doc.signedDate, {
            later: 'end date',
            earlier: 'operative or signing date',
          }),
        )
        break
      case 'commitment': {
        push(chronologicalOrder(doc.ratingHistory))
        push(statusMatchesLatestRating(doc))
        const signed = doc.agreement
          ? (byId.get(doc.agreement._ref) as Loose | undefined)?.signedDate
          : undefined
        for (const followUp of doc.followUps ?? []) {
          push(
            dateNotBefore(followUp.date, signed, {
              later: 'follow-up date',
              earlier: 'agreement’s signing date',
            }),
          )
        }
        const outcome = doc.measurableOutcome
        if (outcome?.deadlineKind === 'date' && !outcome.deadline)
          push('a "date" deadline needs its date')
        break
      }
      case 'quote':
        push(quoteIsSourced(doc))
        push(verificationIsComplete(doc.verification))
        break
      case 'person':
        push(
          chronologicalOrder(
            doc.roles?.map((role) => ({date: role.from})),
            'list of previous roles',
          ),
        )
        break
      default:
        break
    }

    if (
      loose._type === 'organization' &&
      typeof loose.country === 'string' &&
      !/^[A-Z]{2}$/.test(loose.country)
    ) {
      problems.push(`${id}: country must be a two-letter code in capitals`)
    }
  }

  return problems
}
