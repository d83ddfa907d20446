// How big the API's V8 heap may grow. Its working set is small (bench:analytics at 10 million
// clicks peaks at about 200 MB resident with a 128 MB heap), but without a cap V8 grows the
// heap lazily far past what it uses. `npm start`, the benchmarks and the Docker image (which
// repeats the default) run the API with it; CHORUS_API_HEAP_MB changes it.
export const API_HEAP_MB = Number(process.env.CHORUS_API_HEAP_MB ?? 192);

/** The Node options that start the API with that heap. */
export const apiHeapOptions = () => [`--max-old-space-size=${API_HEAP_MB}`];
