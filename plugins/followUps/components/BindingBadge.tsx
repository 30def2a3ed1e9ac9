import {Badge, type BadgeTone} from '@sanity/ui'

import {LEGAL_STATUSES, type LegalStatus, titleOf} from '../../../schemas/vocabulary'

const TONES: Record<LegalStatus, BadgeTone> = {
  binding: 'positive',
  nonBinding: 'caution',
  mixed: 'suggest',
  unassessed: 'default',
}

/** The agreement's assessed legal status as a small label, e.g. "Non-binding". */
export function BindingBadge({status}: {status: LegalStatus | undefined}) {
  const value = status ?? 'unassessed'
  return (
    <Badge tone={TONES[value] ?? 'default'} fontSize={0} title="Legal status of the agreement">
      {titleOf(LEGAL_STATUSES, value)}
    </Badge>
  )
}
