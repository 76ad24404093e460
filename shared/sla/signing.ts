/** Signing state lives with the versions; kept here for the callers that import it from here. */
export { signingState, versionState, isLocked, type SigningState, type VersionState } from './versions';
