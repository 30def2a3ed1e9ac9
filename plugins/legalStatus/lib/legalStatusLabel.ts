/**
 * How a legal-status flag reads and looks. Each status has its own colour, so the four flags
 * can be told apart at a glance. No Sanity or React imports: the colour names are the ones
 * Sanity's document badges and @sanity/ui's tones accept.
 */
import type {EffectiveStatus} from './effectiveLegalStatus'

export type BadgeColor = 'primary' | 'success' | 'warning' | 'danger'
export type UiTone = 'primary' | 'positive' | 'caution' | 'critical'

export interface LegalStatusTone {
  /** For a document badge (`DocumentBadgeDescription.color`). */
  badge: BadgeColor
  /** For @sanity/ui `Badge` and `Card` tones. */
  tone: UiTone
}

const LABELS: Record<EffectiveStatus, string> = {
  binding: 'Binding',
  nonBinding: 'Non-binding',
  mixed: 'Mixed',
  unclear: 'Status unclear',
}

const TONES: Record<EffectiveStatus, LegalStatusTone> = {
  binding: {badge: 'success', tone: 'positive'},
  nonBinding: {badge: 'warning', tone: 'caution'},
  mixed: {badge: 'primary', tone: 'primary'},
  // Red: an unassessed instrument is the one a reporter may call a treaty by mistake.
  unclear: {badge: 'danger', tone: 'critical'},
}

const isStatus = (value: unknown): value is EffectiveStatus =>
  typeof value === 'string' && Object.hasOwn(LABELS, value)

/** "Binding", "Non-binding", "Mixed" or "Status unclear"; anything unknown reads as unclear. */
export function legalStatusLabel(status: unknown): string {
  return LABELS[isStatus(status) ? status : 'unclear']
}

export function legalStatusTone(status: unknown): LegalStatusTone {
  return TONES[isStatus(status) ? status : 'unclear']
}
