/** The seal and trust: who sealed a PDF or an audit trail, whether this install trusts them, and the keys. */
export const seal = {
  trust: {
    thisInstall: 'this install',
    trustedSealer: 'a trusted sealer',
    organisationCa: 'a certificate from a trusted organisation CA',
    unknown: 'not trusted here',
  },
  trail: {
    checking: 'Checking the audit trail…',
    verified: 'Audit trail verified: {{count}} events, every link and seal intact',
    recorded: 'Events {{from}}–{{to}} recorded and sealed by {{sealer}} ({{trust}})',
    recordedOne: 'Event {{from}} recorded and sealed by {{sealer}} ({{trust}})',
    adopted: 'Events {{from}}–{{to}} vouched for by {{sealer}} when it was upgraded ({{trust}})',
    unsealed: 'Events {{from}}–{{to}} were recorded before Accord sealed its audit trail and cannot be verified',
    unsealedOne: 'Event {{from}} was recorded before Accord sealed its audit trail and cannot be verified',
    rolledBack: 'This install sealed {{sealed}} events of this workshop, but its trail now has {{present}} or differs from them: it was rolled back or rewritten',
    problem: {
      unsealedEvents: 'events {{from}}–{{to}} are not under any seal (recorded without the key, or their seal was removed)',
      sealGap: 'seal {{seal}} does not start where the seal before it ends',
      sealBeyondEnd: 'seal {{seal}} covers events the trail no longer has (events were removed)',
      sealerMissing: 'seal {{seal}} names a certificate the trail does not carry',
      sealMismatch: 'events {{from}}–{{to}} were changed after seal {{seal}} was made',
      sealForged: 'seal {{seal}} (events {{from}}–{{to}}) does not verify with its sealer’s key',
    },
  },
  blocked: {
    export: 'The SLA PDF was not exported: its audit trail is broken ({{problem}}). The workshop is kept as it is; step 7 shows the break.',
    change: 'This was not recorded: the SLA’s audit trail is broken ({{problem}}). Step 7 shows the break.',
    undo: 'The SLA’s signed record stays as it is: freezing, signing and amending cannot be undone. Amend the SLA to change it.',
  },
  p12Problem: {
    notP12: 'The file is not a PKCS#12 (.p12 / .pfx) file.',
    wrongPassword: 'The password does not open this file.',
    noKey: 'The file holds no private key.',
    noCertificate: 'The file holds no certificate.',
    notRsa: 'The key is not an RSA key; Accord seals with RSA keys.',
    keyMismatch: 'The file holds no certificate for its private key.',
  },
};
