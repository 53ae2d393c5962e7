// Builds the benchmark's floor page (the baseline after opening a map) into bench/floor/dist.
import { benchPageConfig } from '../pageConfig.mjs';

export default benchPageConfig(import.meta.url);
