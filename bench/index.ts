/**
 * npm run bench: speed figures for the desk's hot paths, as medians. Goals are printed beside
 * each figure; nothing here fails a build.
 */
import {benchAnalyzer} from './analyzer.bench'
import {benchBackend} from './backend.bench'
import {benchFollowUps} from './followUps.bench'

console.log(`node ${process.version}, ${new Date().toISOString()}`)
// The backend runs first: the follow-ups benchmark installs jsdom globals.
await benchBackend()
await benchAnalyzer()
await benchFollowUps()
