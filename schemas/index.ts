import {agreement} from './documents/agreement'
import {article} from './documents/article'
import {commitment} from './documents/commitment'
import {expertSource} from './documents/expertSource'
import {organization} from './documents/organization'
import {person} from './documents/person'
import {quote} from './documents/quote'
import {sourceContact} from './documents/sourceContact'
import {agreementParty} from './objects/agreementParty'
import {followUp} from './objects/followUp'
import {instrumentRelation} from './objects/instrumentRelation'
import {legalStatus} from './objects/legalStatus'
import {legalStatusCriteria} from './objects/legalStatusCriteria'
import {legalStatusCriterion} from './objects/legalStatusCriterion'
import {legalStatusExpertQuote} from './objects/legalStatusExpertQuote'
import {legalStatusMilestone} from './objects/legalStatusMilestone'
import {legalStatusOfficialStatement} from './objects/legalStatusOfficialStatement'
import {legalStatusOverride} from './objects/legalStatusOverride'
import {legalStatusTextEvidence} from './objects/legalStatusTextEvidence'
import {measurableOutcome} from './objects/measurableOutcome'
import {inlineQuote, quoteBlock} from './objects/quoteEmbed'
import {quoteVerification} from './objects/quoteVerification'
import {ratingEntry} from './objects/ratingEntry'
import {roleEntry} from './objects/roleEntry'
import {sourceLink} from './objects/sourceLink'

export const documentTypes = [
  agreement,
  commitment,
  quote,
  article,
  expertSource,
  person,
  organization,
  sourceContact,
]

export const objectTypes = [
  agreementParty,
  followUp,
  inlineQuote,
  instrumentRelation,
  legalStatus,
  legalStatusCriteria,
  legalStatusCriterion,
  legalStatusExpertQuote,
  legalStatusMilestone,
  legalStatusOfficialStatement,
  legalStatusOverride,
  legalStatusTextEvidence,
  measurableOutcome,
  quoteBlock,
  quoteVerification,
  ratingEntry,
  roleEntry,
  sourceLink,
]

export const schemaTypes = [...documentTypes, ...objectTypes]
