// `npx sanity migration run legal-status-basis` finds migrations in this folder.
export {legalStatusBasisToSummary as default} from '../../plugins/legalStatus/migrations/legalStatusBasisToSummary'
