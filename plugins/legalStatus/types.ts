/** Options for the legal-status capability. Nested objects, merged over DEFAULT_OPTIONS. */
export interface LegalStatusOptions {
  /** The document types the capability serves; the defaults match schemas/. */
  types: {
    /** Carries the assessment; gets the badge and the inspector. */
    agreement: string
    /** Inherits its agreement's status; gets a derived badge. */
    commitment: string
    /** Covers agreements; gets a badge derived from them. */
    article: string
  }
  badges: {
    enabled: boolean
  }
  inspector: {
    enabled: boolean
    /** How long typing in the full text must pause before the text is analyzed again. */
    debounceMs: number
  }
}

export type LegalStatusPluginOptions = {
  [K in keyof LegalStatusOptions]?: Partial<LegalStatusOptions[K]>
}
