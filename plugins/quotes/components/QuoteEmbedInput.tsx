import {Button, Card, Flex, Spinner, Stack, Text} from '@sanity/ui'
import {useState} from 'react'
import {set, setIfMissing, unset, type ObjectInputProps} from 'sanity'

import {useLiveQuery} from '../hooks/useLiveQuery'
import {useVerifyQuote} from '../hooks/useVerifyQuote'
import {attributeQuote, type SpeakerForAttribution} from '../lib/attribution'
import {QUOTE_CARD_QUERY} from '../lib/quoteSearch'
import {methodDisabledReason, verifyDisabledReason, VERIFY_METHODS} from '../lib/verifyQuote'
import {QuoteBadges} from './QuoteBadges'
import {QuotePicker} from './QuotePicker'

interface EmbedValue {
  _type?: string
  quote?: {_ref?: string}
  textAtPublish?: string
}

interface CardQuote {
  _id: string
  text?: string
  date?: string
  groundRules?: string
  describedAs?: string
  speakerTitle?: string
  verification?: {method?: string} | null
  speaker?: SpeakerForAttribution | null
}

/** The embedded quote as it is now: live words, attribution and badges. */
export function LiveQuoteCard({quoteId, textAtPublish}: {quoteId: string; textAtPublish?: string}) {
  const {
    data: quote,
    loading,
    error,
  } = useLiveQuery<CardQuote | null>(QUOTE_CARD_QUERY, {
    id: quoteId,
  })
  if (loading) {
    return (
      <Flex padding={3} justify="center">
        <Spinner muted />
      </Flex>
    )
  }
  if (error || !quote) {
    return (
      <Card tone="critical" padding={3} radius={2}>
        <Text size={1}>
          {error ? `Could not load the quote: ${error.message}` : 'This quote is not published.'}
        </Text>
      </Card>
    )
  }
  const attribution = attributeQuote(
    {
      groundRules: quote.groundRules,
      speakerTitle: quote.speakerTitle,
      describedAs: quote.describedAs,
      date: quote.date,
    },
    quote.speaker ?? undefined,
  )
  return (
    <Card
      padding={3}
      radius={2}
      border
      tone={attribution.kind === 'forbidden' ? 'critical' : 'default'}
    >
      <Stack gap={3}>
        <Text size={2}>“{quote.text}”</Text>
        <Text size={1} muted data-testid="quote-attribution">
          {attribution.kind === 'forbidden'
            ? attribution.reason
            : attribution.kind === 'none'
              ? 'No attribution (deep background)'
              : attribution.text}
        </Text>
        <QuoteBadges groundRules={quote.groundRules} verification={quote.verification} />
        <VerifyButtons quote={quote} />
        {textAtPublish !== undefined && textAtPublish !== quote.text ? (
          <Card tone="caution" padding={2} radius={2}>
            <Text size={1}>Changed since the article was published. Was: “{textAtPublish}”</Text>
          </Card>
        ) : null}
      </Stack>
    </Card>
  )
}

/** Verify the embedded quote without leaving the article: one button per method. */
function VerifyButtons({quote}: {quote: CardQuote}) {
  const {verify, busy, userName} = useVerifyQuote()
  const blocked = verifyDisabledReason({quote, isPublished: true, userName})
  return (
    <Flex gap={2} align="center" wrap="wrap">
      <Text size={1} muted>
        Verify against:
      </Text>
      {VERIFY_METHODS.map((method) => {
        const reason = blocked ?? methodDisabledReason(quote, method.value)
        return (
          <Button
            key={method.value}
            text={method.value === 'publishedText' ? 'published text' : method.value}
            mode="ghost"
            fontSize={1}
            padding={2}
            disabled={busy || Boolean(reason)}
            title={reason ?? `${method.title}, recorded as ${userName ?? 'you'}`}
            onClick={() => void verify(quote._id, method.value)}
          />
        )
      })}
    </Flex>
  )
}

/**
 * The form for an inline or block quote embed: the quote it points at, rendered live, and a
 * picker to choose or create another. The embed stores only the reference.
 */
export function QuoteEmbedInput(props: ObjectInputProps) {
  const value = props.value as EmbedValue | undefined
  const quoteId = value?.quote?._ref
  const [changing, setChanging] = useState(false)

  const pick = (id: string) => {
    props.onChange([
      setIfMissing({_type: props.schemaType.name}),
      set({_type: 'reference', _ref: id}, ['quote']),
      unset(['textAtPublish']),
    ])
    setChanging(false)
  }

  return (
    <Stack gap={3}>
      {quoteId ? <LiveQuoteCard quoteId={quoteId} textAtPublish={value?.textAtPublish} /> : null}
      {quoteId && !changing ? (
        <Flex>
          <Button
            text="Choose another quote"
            mode="ghost"
            onClick={() => setChanging(true)}
            disabled={props.readOnly}
          />
        </Flex>
      ) : (
        <QuotePicker onPick={pick} readOnly={props.readOnly} />
      )}
    </Stack>
  )
}
