import {AddIcon} from '@sanity/icons/Add'
import {SearchIcon} from '@sanity/icons/Search'
import {Box, Button, Card, Flex, Spinner, Stack, Text, TextInput} from '@sanity/ui'
import {useEffect, useState} from 'react'

import {PICKER_LIMIT} from '../constants'
import {useQuotesClient} from '../hooks/useQuotesClient'
import {quoteSearchQuery, type PickerQuote} from '../lib/quoteSearch'
import {quotePickability} from '../lib/quoteStatus'
import {CreateQuoteDialog} from './CreateQuoteDialog'
import {QuoteBadges} from './QuoteBadges'

const SEARCH_DEBOUNCE_MS = 200

export interface QuotePickerProps {
  onPick: (quoteId: string) => void
  readOnly?: boolean
}

/**
 * Search published quotes by words or speaker and pick one; off-the-record quotes are listed
 * but disabled, with the reason. "New quote" creates and publishes one without leaving the
 * article, then picks it.
 */
export function QuotePicker({onPick, readOnly}: QuotePickerProps) {
  const client = useQuotesClient()
  const [search, setSearch] = useState('')
  const [results, setResults] = useState<PickerQuote[] | undefined>(undefined)
  const [error, setError] = useState<string | undefined>(undefined)
  const [creating, setCreating] = useState(false)

  useEffect(() => {
    let cancelled = false
    const timer = setTimeout(() => {
      const {query, params} = quoteSearchQuery(search, PICKER_LIMIT)
      client
        .fetch<PickerQuote[]>(query, params)
        .then((found) => {
          if (cancelled) return
          setResults(found)
          setError(undefined)
        })
        .catch((err: Error) => {
          if (!cancelled) setError(err.message)
        })
    }, SEARCH_DEBOUNCE_MS)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [client, search])

  return (
    <Stack gap={3}>
      <Flex gap={2}>
        <Box flex={1}>
          <TextInput
            icon={SearchIcon}
            placeholder="Search quotes by words or speaker"
            aria-label="Search quotes"
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            disabled={readOnly}
          />
        </Box>
        <Button
          icon={AddIcon}
          text="New quote"
          mode="ghost"
          onClick={() => setCreating(true)}
          disabled={readOnly}
        />
      </Flex>
      {error ? (
        <Card tone="critical" padding={3} radius={2}>
          <Text size={1}>Could not search quotes: {error}</Text>
        </Card>
      ) : results === undefined ? (
        <Flex justify="center" padding={3}>
          <Spinner muted />
        </Flex>
      ) : results.length === 0 ? (
        <Card padding={3} radius={2} tone="transparent">
          <Text size={1} muted>
            No published quote matches “{search}”. Create it with “New quote”.
          </Text>
        </Card>
      ) : (
        <Stack gap={2} role="listbox" aria-label="Quotes">
          {results.map((quote) => {
            const pick = quotePickability(quote)
            return (
              <Card
                key={quote._id}
                as="button"
                type="button"
                role="option"
                aria-disabled={!pick.pickable || readOnly}
                aria-selected={false}
                data-testid={`quote-option-${quote._id}`}
                padding={3}
                radius={2}
                border
                tone={pick.pickable ? 'default' : 'transparent'}
                disabled={!pick.pickable || readOnly}
                title={pick.pickable ? undefined : pick.reason}
                onClick={() => pick.pickable && !readOnly && onPick(quote._id)}
                style={{textAlign: 'left', cursor: pick.pickable ? 'pointer' : 'not-allowed'}}
              >
                <Stack gap={2}>
                  <Text size={1} muted={!pick.pickable}>
                    “{quote.text}”
                  </Text>
                  <Text size={1} muted>
                    {[quote.speaker ?? 'Unknown speaker', quote.date].filter(Boolean).join(' · ')}
                  </Text>
                  <QuoteBadges
                    groundRules={quote.groundRules}
                    verification={quote.verification}
                    doNotQuote={quote.doNotQuote}
                  />
                  {pick.pickable ? null : (
                    <Text size={1} weight="medium">
                      {pick.reason}
                    </Text>
                  )}
                </Stack>
              </Card>
            )
          })}
        </Stack>
      )}
      {creating ? (
        <CreateQuoteDialog
          initialText={search}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false)
            onPick(id)
          }}
        />
      ) : null}
    </Stack>
  )
}
