import { Image, Text, View } from '@react-pdf/renderer';
import type { SignerView, SlaView } from './model';
import { TeamLabel } from './parts';
import { styles } from './styles';

function SignatureBlock({ signer, v }: { signer: SignerView; v: SlaView }) {
  const { s } = v;
  const sig = signer.signature;
  const team = sig?.team ?? signer.team;
  const title = sig?.title || signer.role;
  // The optional witness, as the one signing status counts them: never "waited for".
  const optional = signer.status === 'optional' || (signer.status === null && signer.capacity === 'witness');
  return (
    <View style={styles.signatureBlock} wrap={false}>
      <View style={styles.signatureBox}>
        {sig ? <Image src={sig.image} style={styles.signatureImage} /> : <Text style={styles.unsigned}>{optional ? s.witnessNotSigned : s.notYetSigned}</Text>}
      </View>
      <Text style={styles.signerName}>{sig?.typedName || signer.name}</Text>
      {title !== '' && <Text style={styles.signerDetail}>{title}</Text>}
      {signer.capacity && <Text style={styles.signerDetail}>{s.capacity[signer.capacity]}</Text>}
      {team && (
        <View style={styles.signerTeam}>
          <TeamLabel team={team} label={s.teams[team]} textStyle={styles.signerDetail} />
        </View>
      )}
      {sig && <Text style={styles.signedOn}>{s.signedOn(sig.signedAt)}</Text>}
      {sig && sig.consent !== '' && <Text style={styles.signerDetail}>{s.consentGiven(sig.consent)}</Text>}
      {sig && !sig.matchesContent && <Text style={styles.warning}>{s.otherVersion(sig.hashPrefix)}</Text>}
    </View>
  );
}

export function Signatures({ v }: { v: SlaView }) {
  return (
    <View>
      {v.signers.length === 0 ? (
        <Text style={styles.paragraph}>{v.s.noSigners}</Text>
      ) : (
        <View style={styles.signatureGrid}>
          {v.signers.map((signer) => (
            <SignatureBlock key={signer.id} signer={signer} v={v} />
          ))}
        </View>
      )}
      <View style={styles.hashBox} wrap={false}>
        <Text style={styles.hashLabel}>{v.s.hashLabel.toUpperCase()}</Text>
        <Text style={styles.hashValue}>{v.contentHash}</Text>
        <Text style={styles.hashNote}>{v.s.hashExplanation}</Text>
      </View>
    </View>
  );
}
