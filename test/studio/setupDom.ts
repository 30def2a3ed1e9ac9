import {installDomShims} from './domShims'

// Only jsdom test files have a `window`; node-environment tests are left alone.
if (typeof window !== 'undefined') installDomShims(window)
