import {Badge, Flex} from '@sanity/ui'

import {groundRulesBadge, verificationBadge, type VerificationLike} from '../lib/quoteStatus'

/** The ground-rules badge and the verification badge, side by side. */
export function QuoteBadges(props: {
  groundRules: unknown
  verification: VerificationLike | null | undefined
  doNotQuote?: boolean | null
}) {
  const rules = groundRulesBadge(props.groundRules)
  const verification = verificationBadge(props.verification)
  return (
    <Flex gap={2} wrap="wrap">
      <Badge tone={rules.tone} fontSize={1}>
        {rules.label}
      </Badge>
      <Badge tone={verification.tone} fontSize={1}>
        {verification.label}
      </Badge>
      {props.doNotQuote ? (
        <Badge tone="critical" fontSize={1}>
          Do not quote
        </Badge>
      ) : null}
    </Flex>
  )
}
