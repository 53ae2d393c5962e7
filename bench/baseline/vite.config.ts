// Builds the benchmark's bare React Flow baseline page into bench/baseline/dist.
import { benchPageConfig } from '../pageConfig.mjs';

export default benchPageConfig(import.meta.url);
