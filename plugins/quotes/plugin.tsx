import {definePlugin, type ObjectInputProps} from 'sanity'

import {defineAddContactDetailsAction} from './actions/defineAddContactDetailsAction'
import {defineSnapshotPublishAction} from './actions/defineSnapshotPublishAction'
import {defineVerifyQuoteAction} from './actions/defineVerifyQuoteAction'
import {QuoteEmbedInput} from './components/QuoteEmbedInput'
import {PLUGIN_NAME} from './constants'
import {defineWhereUsedInspector} from './inspectors/defineWhereUsedInspector'
import {resolveOptions} from './lib/resolveOptions'
import type {QuotesPluginOptions} from './types'

/** The object types that embed a quote in an article body. */
export const QUOTE_EMBED_TYPES = new Set(['inlineQuote', 'quoteBlock'])

/**
 * Sourced quotes and expert sources: the quote picker and create-in-place on the article's
 * quote embeds, Verify on quotes, "Where used" on quotes and sources, "Contact details" on
 * sources (private records), the publish snapshot that flags later edits to a quote, and no
 * public creation of contact records except under `private.`. Schema rules live in schemas/;
 * the design is in docs/quotes-and-sources.md.
 */
export const quotes = definePlugin<QuotesPluginOptions | void>((input) => {
  const options = resolveOptions(input)
  const {types} = options
  const verify = defineVerifyQuoteAction()
  const addContact = defineAddContactDetailsAction(options)
  const whereUsed = defineWhereUsedInspector(options)
  const whereUsedTypes = new Set([types.quote, types.expertSource])
  const snapshotWrappers = new WeakMap<object, ReturnType<typeof defineSnapshotPublishAction>>()

  return {
    name: PLUGIN_NAME,
    form: {
      components: {
        input: (props) =>
          QUOTE_EMBED_TYPES.has(props.schemaType.name) && props.schemaType.jsonType === 'object' ? (
            <QuoteEmbedInput {...(props as ObjectInputProps)} />
          ) : (
            props.renderDefault(props)
          ),
      },
    },
    document: {
      actions: (prev, context) => {
        if (context.schemaType === types.quote && options.verify.enabled) {
          const publishIndex = prev.findIndex((action) => action.action === 'publish')
          if (publishIndex === -1) return [...prev, verify]
          return [...prev.slice(0, publishIndex + 1), verify, ...prev.slice(publishIndex + 1)]
        }
        if (context.schemaType === types.expertSource && options.contacts.enabled) {
          return [...prev, addContact]
        }
        if (context.schemaType === types.article && options.publishSnapshot.enabled) {
          return prev.map((action) => {
            if (action.action !== 'publish') return action
            let wrapped = snapshotWrappers.get(action)
            if (!wrapped) {
              wrapped = defineSnapshotPublishAction(action)
              snapshotWrappers.set(action, wrapped)
            }
            return wrapped
          })
        }
        return prev
      },
      inspectors: (prev, context) =>
        options.whereUsed.enabled && whereUsedTypes.has(context.documentType)
          ? [...prev, whereUsed]
          : prev,
      // Contact records are only created under `private.` by "Contact details" on a source.
      newDocumentOptions: (prev) =>
        prev.filter((template) => template.templateId !== types.sourceContact),
    },
  }
})
