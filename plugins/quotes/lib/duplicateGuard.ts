/**
 * The duplicate guard: a new person or expert source whose name may be someone already on
 * file (case, accents and initials folded) gets a warning naming and linking the existing
 * record. No Sanity or React imports.
 */
import {findPossibleDuplicates, type NamedRecord} from './sourceNames'

/** Published people other than the one being edited. */
export const PEOPLE_NAMES_QUERY = `*[_type == "person" && !(_id in path("drafts.**")) && _id != $id]{_id, name}`

/** Published expert sources other than this one, named by their person, plus this one's name. */
export const SOURCE_NAMES_QUERY = `{
  "self": *[_id == $personId][0].name,
  "others": *[_type == "expertSource" && !(_id in path("drafts.**")) && _id != $id]{_id, "name": person->name, "personId": person._ref}
}`

/** An intent link the Studio opens in the structure tool. */
export function editLink(id: string, type: string): string {
  return `/intent/edit/id=${encodeURIComponent(id)};type=${encodeURIComponent(type)}/`
}

export function duplicateMessage(
  name: string,
  matches: NamedRecord[],
  type: 'person' | 'expertSource',
): true | string {
  if (matches.length === 0) return true
  const what = type === 'person' ? 'person' : 'expert source'
  const list = matches.map((match) => `“${match.name}” (${match._id})`).join(', ')
  return `“${name}” may be the same ${what} as ${list}. Open the existing record rather than creating a second one: ${matches.map((match) => editLink(match._id, type)).join(' ')}`
}

export function personDuplicates(
  name: unknown,
  selfId: string,
  records: NamedRecord[],
): true | string {
  if (typeof name !== 'string' || !name.trim()) return true
  return duplicateMessage(
    name,
    findPossibleDuplicates(
      name,
      records.filter((r) => typeof r.name === 'string'),
      selfId,
    ),
    'person',
  )
}

export interface SourceNames {
  self?: string | null
  others?: (NamedRecord & {personId?: string | null})[] | null
}

/** Another source for the same person, or for a person whose name may match. */
export function sourceDuplicates(
  personId: string | undefined,
  selfId: string,
  names: SourceNames,
): true | string {
  const self = names.self
  if (!personId || typeof self !== 'string' || !self.trim()) return true
  const others = (names.others ?? []).filter((other) => typeof other.name === 'string')
  const samePerson = others.filter((other) => other.personId === personId)
  const similar = findPossibleDuplicates(self, others, selfId)
  const matches = [...new Map([...samePerson, ...similar].map((m) => [m._id, m])).values()]
  return duplicateMessage(self, matches, 'expertSource')
}
