/** Options for the quotes capability. Nested objects, merged over DEFAULT_OPTIONS. */
export interface QuotesOptions {
  /** The document types the capability serves; the defaults match schemas/. */
  types: {
    quote: string
    article: string
    person: string
    expertSource: string
    sourceContact: string
  }
  verify: {
    enabled: boolean
  }
  whereUsed: {
    enabled: boolean
  }
  contacts: {
    /** Adds "Add contact details" to expert sources, creating `private.contact-<sourceId>`. */
    enabled: boolean
  }
  publishSnapshot: {
    /** On publish, stores each embedded quote's words on the embed as `textAtPublish`. */
    enabled: boolean
  }
}

export type QuotesPluginOptions = {
  [K in keyof QuotesOptions]?: Partial<QuotesOptions[K]>
}
