/**
 * npm run bench: speed figures for the desk's hot paths, as medians. Goals are printed beside
 * each figure; nothing here fails a build.
 */
import {benchAnalyzer} from './analyzer.bench'
import {benchFollowUps} from './followUps.bench'

console.log(`node ${process.version}, ${new Date().toISOString()}`)
await benchAnalyzer()
await benchFollowUps()
