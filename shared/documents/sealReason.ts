/** The signature dictionary's /Reason: which version and content a seal is for (in its own file: the page needs it without react-pdf). */
export const sealReason = (versionNumber: number, contentHash: string): string => `Sealed by Accord: SLA version ${versionNumber}, content SHA-256 ${contentHash}`;
