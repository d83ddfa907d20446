// The one data generator of Chorus's load and benchmark scripts (scripts/seed-load.mjs,
// scripts/bench-*.mjs): they load the built output of this folder. Never imported by the API.
export { feedBenchEmail, seedFeedBench, type FeedBenchCounts } from './feed-bench-set';
export { loadData, LOAD_TIME_ZONE, type LoadRequest, type LoadResult } from './load-data';
export { LOAD_DEFAULTS, loadOptionsFromArgs, type LoadOptions } from './load-options';
export { LOAD_DOMAIN } from './load-set';
export { seedRedirectBench } from './redirect-bench-set';
