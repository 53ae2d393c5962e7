// Types for pageConfig.mjs.
import type { UserConfig } from 'vite';

export function benchPageConfig(configUrl: string): UserConfig;
