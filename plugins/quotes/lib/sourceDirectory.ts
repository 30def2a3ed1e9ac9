/**
 * The source directory's rows: who each expert source is now, where they were before, what they
 * know, and how often and how recently the desk quoted them. Counts come from GROQ over the
 * quote records, never from a stored field. Contact details are not read: they live in
 * `private.` documents this query never touches. No Sanity or React imports.
 */

export interface DirectoryFilter {
  expertise?: string
  organizationId?: string
}

/** The GROQ query and params for the directory, optionally narrowed by a filter. */
export function sourceDirectoryQuery(filter: DirectoryFilter = {}) {
  const clauses = ['_type == "expertSource"', '!(_id in path("drafts.**"))']
  const params: Record<string, string> = {}
  if (filter.expertise) {
    clauses.push('$expertise in expertise')
    params.expertise = filter.expertise
  }
  if (filter.organizationId) {
    clauses.push('person->organization._ref == $organizationId')
    params.organizationId = filter.organizationId
  }
  const query = `*[${clauses.join(' && ')}]{
  _id,
  expertise,
  doNotQuote,
  "personId": person._ref,
  "name": person->name,
  "currentTitle": person->currentTitle,
  "organization": person->organization->{_id, name, shortName},
  "roles": person->roles[]{title, "organization": organization->{_id, name, shortName}},
  "timesQuoted": count(*[_type == "quote" && !(_id in path("drafts.**")) && speaker._ref == ^.person._ref]),
  "lastQuoted": *[_type == "quote" && !(_id in path("drafts.**")) && speaker._ref == ^.person._ref] | order(date desc)[0].date
} | order(name asc)`
  return {query, params}
}

export interface OrgRef {
  _id?: string
  name?: string | null
  shortName?: string | null
}

export interface DirectoryRowData {
  _id: string
  name?: string | null
  currentTitle?: string | null
  organization?: OrgRef | null
  roles?: {title?: string | null; organization?: OrgRef | null}[] | null
  expertise?: string[] | null
  doNotQuote?: boolean | null
  timesQuoted?: number | null
  lastQuoted?: string | null
}

export interface DirectoryRow {
  id: string
  name: string
  current: string
  formerly: string
  expertise: string
  quoted: string
  doNotQuote: boolean
}

const orgName = (org: OrgRef | null | undefined) => org?.shortName || org?.name || ''

/** "formerly OSTP, State Department": previous organisations, latest first, current one left out. */
export function formerlyLine(row: Pick<DirectoryRowData, 'roles' | 'organization'>): string {
  const current = orgName(row.organization)
  const seen = new Set<string>()
  const names: string[] = []
  for (const role of [...(row.roles ?? [])].reverse()) {
    const name = orgName(role?.organization)
    if (!name || name === current || seen.has(name)) continue
    seen.add(name)
    names.push(name)
  }
  return names.length > 0 ? `formerly ${names.join(', ')}` : ''
}

export function quotedLine(
  timesQuoted: number | null | undefined,
  lastQuoted: string | null | undefined,
) {
  const count = timesQuoted ?? 0
  if (count === 0) return 'Not quoted yet'
  const times = count === 1 ? 'Quoted once' : `Quoted ${count} times`
  return lastQuoted ? `${times}, last on ${lastQuoted.slice(0, 10)}` : times
}

export function directoryRow(data: DirectoryRowData): DirectoryRow {
  return {
    id: data._id,
    name: data.name || 'Unlinked source',
    current: [data.currentTitle, orgName(data.organization)].filter(Boolean).join(', '),
    formerly: formerlyLine(data),
    expertise: (data.expertise ?? []).join(' · '),
    quoted: quotedLine(data.timesQuoted, data.lastQuoted),
    doNotQuote: Boolean(data.doNotQuote),
  }
}

/** Expertise tags across all sources, for the "By expertise" list: distinct, sorted. */
export const EXPERTISE_QUERY = `*[_type == "expertSource" && !(_id in path("drafts.**"))].expertise`

export function distinctExpertise(lists: unknown): string[] {
  const all = Array.isArray(lists) ? lists.flat() : []
  return [
    ...new Set(all.filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '')),
  ].sort((a, b) => a.localeCompare(b))
}

/** Organisations that expert sources currently work at, for the "By organisation" list. */
export const SOURCE_ORGANIZATIONS_QUERY = `*[_type == "expertSource" && !(_id in path("drafts.**"))].person->organization->{_id, name, shortName}`

export function distinctOrganizations(orgs: unknown): {_id: string; title: string}[] {
  const byId = new Map<string, string>()
  for (const org of Array.isArray(orgs) ? (orgs as OrgRef[]) : []) {
    if (org?._id && !byId.has(org._id)) byId.set(org._id, org.name || org.shortName || org._id)
  }
  return [...byId]
    .map(([_id, title]) => ({_id, title}))
    .sort((a, b) => a.title.localeCompare(b.title))
}
