import {Box, Button, Card, Dialog, Flex, Select, Stack, Text, TextArea, TextInput} from '@sanity/ui'
import {useToast} from '@sanity/ui/toast'
import {useEffect, useId, useRef, useState, type ReactNode} from 'react'
import {useCurrentUser} from 'sanity'

import {GROUND_RULES, QUOTE_MEDIA, VERIFICATION_METHODS} from '../../../schemas/vocabulary'
import {useQuotesClient} from '../hooks/useQuotesClient'
import {
  buildNewQuote,
  EMPTY_NEW_QUOTE,
  newQuoteId,
  validateNewQuote,
  type NewQuoteErrors,
  type NewQuoteInput,
} from '../lib/newQuote'
import {SPEAKERS_QUERY} from '../lib/quoteSearch'

interface Speaker {
  _id: string
  name?: string
  currentTitle?: string
  organizationName?: string
}

export interface CreateQuoteDialogProps {
  initialText?: string
  onClose: () => void
  onCreated: (quoteId: string) => void
}

function Field(props: {label: string; error?: string; htmlFor: string; children: ReactNode}) {
  return (
    <Stack gap={2}>
      <Text as="label" htmlFor={props.htmlFor} size={1} weight="medium">
        {props.label}
      </Text>
      {props.children}
      {props.error ? (
        <Text size={1} style={{color: 'var(--card-badge-critical-fg-color, #c00)'}} role="alert">
          {props.error}
        </Text>
      ) : null}
    </Stack>
  )
}

const randomId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : Math.random().toString(36).slice(2)

/**
 * Create-in-place: a small form for a new quote, created and published in one transaction
 * (the quote is created under its published id), then embedded. The id is fixed when the
 * dialog opens, so a double click or a retry never makes two quotes; on failure the form
 * keeps everything typed.
 */
export function CreateQuoteDialog({initialText = '', onClose, onCreated}: CreateQuoteDialogProps) {
  const client = useQuotesClient()
  const user = useCurrentUser()
  const toast = useToast()
  const idPrefix = useId()
  const quoteId = useRef(newQuoteId(randomId))
  const [input, setInput] = useState<NewQuoteInput>({...EMPTY_NEW_QUOTE, text: initialText})
  const [errors, setErrors] = useState<NewQuoteErrors>({})
  const [speakers, setSpeakers] = useState<Speaker[]>([])
  const [submitError, setSubmitError] = useState<string | undefined>(undefined)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let cancelled = false
    client
      .fetch<Speaker[]>(SPEAKERS_QUERY, {})
      .then((found) => !cancelled && setSpeakers(found))
      .catch((err: Error) => !cancelled && setSubmitError(`Could not load people: ${err.message}`))
    return () => {
      cancelled = true
    }
  }, [client])

  const update = (field: keyof NewQuoteInput) => (value: string) => {
    setInput((previous) => {
      const next = {...previous, [field]: value}
      if (field === 'speakerId' && !previous.speakerTitle) {
        const speaker = speakers.find((s) => s._id === value)
        const title = [speaker?.currentTitle, speaker?.organizationName]
          .filter(Boolean)
          .join(' at ')
        next.speakerTitle = title
      }
      return next
    })
  }
  const id = (field: string) => `${idPrefix}-${field}`

  async function submit() {
    if (busy) return
    const found = validateNewQuote(input)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    setBusy(true)
    setSubmitError(undefined)
    try {
      const doc = buildNewQuote(quoteId.current, input, {
        name: user?.name || user?.email || 'Unknown user',
        now: new Date().toISOString(),
      })
      await client.transaction().createIfNotExists(doc).commit()
      toast.push({status: 'success', title: 'Quote created and published'})
      onCreated(doc._id)
    } catch (error) {
      const message = (error as Error).message
      setSubmitError(message)
      toast.push({status: 'error', title: 'Could not create the quote', description: message})
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      id={`${idPrefix}-create-quote`}
      header="New quote"
      width={1}
      onClose={onClose}
      footer={
        <Flex gap={2} justify="flex-end" padding={3}>
          <Button text="Cancel" mode="bleed" onClick={onClose} disabled={busy} />
          <Button
            text={busy ? 'Creating…' : 'Create and insert'}
            tone="primary"
            onClick={() => void submit()}
            disabled={busy}
          />
        </Flex>
      }
    >
      <Box padding={4}>
        <Stack gap={4}>
          <Field label="Exact words" htmlFor={id('text')} error={errors.text}>
            <TextArea
              id={id('text')}
              rows={3}
              value={input.text}
              onChange={(event) => update('text')(event.currentTarget.value)}
            />
          </Field>
          <Field label="Speaker" htmlFor={id('speaker')} error={errors.speakerId}>
            <Select
              id={id('speaker')}
              value={input.speakerId}
              onChange={(event) => update('speakerId')(event.currentTarget.value)}
            >
              <option value="">Choose a person…</option>
              {speakers.map((speaker) => (
                <option key={speaker._id} value={speaker._id}>
                  {speaker.name ?? speaker._id}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Speaker’s title at the time" htmlFor={id('title')}>
            <TextInput
              id={id('title')}
              value={input.speakerTitle}
              onChange={(event) => update('speakerTitle')(event.currentTarget.value)}
            />
          </Field>
          <Flex gap={3}>
            <Box flex={1}>
              <Field label="Said on" htmlFor={id('date')} error={errors.date}>
                <TextInput
                  id={id('date')}
                  type="date"
                  value={input.date}
                  onChange={(event) => update('date')(event.currentTarget.value)}
                />
              </Field>
            </Box>
            <Box flex={1}>
              <Field label="Venue or medium" htmlFor={id('medium')} error={errors.medium}>
                <Select
                  id={id('medium')}
                  value={input.medium}
                  onChange={(event) => update('medium')(event.currentTarget.value)}
                >
                  <option value="">Choose…</option>
                  {QUOTE_MEDIA.map((medium) => (
                    <option key={medium.value} value={medium.value}>
                      {medium.title}
                    </option>
                  ))}
                </Select>
              </Field>
            </Box>
          </Flex>
          <Field label="Venue details" htmlFor={id('venue')}>
            <TextInput
              id={id('venue')}
              value={input.venue}
              onChange={(event) => update('venue')(event.currentTarget.value)}
            />
          </Field>
          <Field label="Source link" htmlFor={id('url')} error={errors.sourceUrl}>
            <TextInput
              id={id('url')}
              type="url"
              value={input.sourceUrl}
              onChange={(event) => update('sourceUrl')(event.currentTarget.value)}
            />
          </Field>
          <Flex gap={3}>
            <Box flex={1}>
              <Field label="Ground rules" htmlFor={id('rules')} error={errors.groundRules}>
                <Select
                  id={id('rules')}
                  value={input.groundRules}
                  onChange={(event) => update('groundRules')(event.currentTarget.value)}
                >
                  {GROUND_RULES.map((rule) => (
                    <option key={rule.value} value={rule.value}>
                      {rule.title}
                    </option>
                  ))}
                </Select>
              </Field>
            </Box>
            <Box flex={1}>
              <Field label="Verification" htmlFor={id('verification')}>
                <Select
                  id={id('verification')}
                  value={input.verificationMethod}
                  onChange={(event) => update('verificationMethod')(event.currentTarget.value)}
                >
                  {VERIFICATION_METHODS.map((method) => (
                    <option key={method.value} value={method.value}>
                      {method.title}
                    </option>
                  ))}
                </Select>
              </Field>
            </Box>
          </Flex>
          {input.groundRules === 'background' || input.groundRules === 'notForAttribution' ? (
            <Field
              label="Agreed description of the source"
              htmlFor={id('described')}
              error={errors.describedAs}
            >
              <TextInput
                id={id('described')}
                value={input.describedAs}
                placeholder="e.g. a former State Department official"
                onChange={(event) => update('describedAs')(event.currentTarget.value)}
              />
            </Field>
          ) : null}
          {submitError ? (
            <Card tone="critical" padding={3} radius={2} role="alert">
              <Text size={1}>Not created: {submitError}. Nothing you typed was lost.</Text>
            </Card>
          ) : null}
        </Stack>
      </Box>
    </Dialog>
  )
}
