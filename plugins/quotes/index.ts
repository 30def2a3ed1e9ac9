export {DEFAULT_OPTIONS} from './constants'
export {ArticlePreviewView} from './components/ArticlePreviewView'
export {quotes} from './plugin'
export type {QuotesOptions, QuotesPluginOptions} from './types'
