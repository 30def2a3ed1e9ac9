/** Options for the desk plugin. Each capability owns its own nested options object. */
export interface PolicyDeskOptions {
  /** Document types the desk plugin serves; the defaults match schemas/. */
  types: {
    agreement: string
    commitment: string
    article: string
    quote: string
  }
}

export type PolicyDeskPluginOptions = {
  [K in keyof PolicyDeskOptions]?: Partial<PolicyDeskOptions[K]>
}
