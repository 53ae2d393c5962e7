// The app's storage as the other layers reach it: the repository, opened on first use, and the
// browser's storage quota.
export {
  appRepository as repository,
  estimateStorage,
  requestPersistentStorage,
} from '../persistence';
export type { StorageEstimate } from '../persistence';
