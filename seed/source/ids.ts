/**
 * Every seed document id, in one place, so modules refer to each other by name rather than by
 * retyped strings. Ids are readable, deterministic and contain hyphens, never dots: a dot would
 * put a document on a private path (like `drafts.` or `private.`).
 */

export const ORG = {
  usGovernment: 'org-us-government',
  japanGovernment: 'org-government-of-japan',
  koreaGovernment: 'org-government-of-korea',
  executiveOffice: 'org-executive-office-of-the-president',
  ostp: 'org-ostp',
  stateDepartment: 'org-state-department',
  nasa: 'org-nasa',
  nsf: 'org-nsf',
  spaceCommerce: 'org-office-of-space-commerce',
  cabinetOfficeJapan: 'org-cabinet-office-japan',
  riken: 'org-riken',
  msit: 'org-msit',
  nrf: 'org-nrf-korea',
  kasa: 'org-kasa',
  fas: 'org-fas',
  nationalAcademies: 'org-national-academies',
  aipFyi: 'org-aip-fyi',
} as const

export const PERSON = {
  kratsios: 'person-michael-kratsios',
  onoda: 'person-kimi-onoda',
  bae: 'person-bae-kyung-hoon',
  donovan: 'person-cole-donovan',
} as const

export const SOURCE = {
  donovan: 'source-cole-donovan',
} as const

export const AGREEMENT = {
  japanTpd: 'agreement-us-japan-tpd',
  koreaTpd: 'agreement-us-korea-tpd',
  japanStAgreement: 'agreement-us-japan-st-agreement-1988',
  koreaStAgreement: 'agreement-us-korea-st-agreement',
  tokyoQuantum: 'agreement-tokyo-statement-quantum-cooperation',
} as const

export const COMMITMENT = {
  japanAi: 'commitment-japan-ai',
  japanResearchSecurity: 'commitment-japan-research-security',
  japan6g: 'commitment-japan-6g',
  japanBiotech: 'commitment-japan-pharma-biotech',
  japanQuantum: 'commitment-japan-quantum',
  japanFusion: 'commitment-japan-fusion-jt60sa',
  japanSpace: 'commitment-japan-space-iss-artemis',
  koreaAi: 'commitment-korea-ai',
  koreaAiResearch: 'commitment-korea-ai-research',
  koreaStemChildren: 'commitment-korea-stem-children',
  koreaResearchSecurity: 'commitment-korea-research-security',
  korea6g: 'commitment-korea-6g',
  koreaBiotech: 'commitment-korea-pharma-biotech',
  koreaQuantum: 'commitment-korea-quantum',
  koreaBasicResearch: 'commitment-korea-basic-research',
  koreaArtemisCubesat: 'commitment-korea-artemis-ii-cubesat',
  koreaClps: 'commitment-korea-clps',
  koreaKps: 'commitment-korea-kps-gps',
  koreaLeo: 'commitment-korea-leo-destinations',
} as const

export const QUOTE = {
  kratsios: 'quote-kratsios-global-governance',
  donovan: 'quote-donovan-years-before-outcomes',
} as const

export const ARTICLE = {
  techDeals: 'article-us-tech-deals-japan-korea',
} as const
