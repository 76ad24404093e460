import { Fragment } from 'react';
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
        {sig ? (
          <Image src={sig.image} style={styles.signatureImage} />
        ) : (
          <Text style={styles.unsigned}>{optional ? s.witnessNotSigned : s.notYetSigned}</Text>
        )}
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

/** Two signature blocks side by side, as the grid lays them out. */
function rowsOfTwo<T>(items: T[]): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += 2) rows.push(items.slice(i, i + 2));
  return rows;
}

/** About one row of signature blocks (pad, name, role, team, date, consent), and the hash box below the last. */
const SIGNATURE_ROW_HEIGHT = 160;
const HASH_BOX_HEIGHT = 90;

/** The signatures that stay together with the hash box: the last row, and the row before a lone last block. */
function tailRows<T>(rows: T[][]): number {
  return rows.length > 1 && rows.at(-1)!.length === 1 ? 2 : Math.min(rows.length, 1);
}

/** Room the clause heading needs below it: the unbreakable tail, so the heading never ends a page on its own. */
export function signaturesKeepAhead(v: SlaView): number {
  return tailRows(rowsOfTwo(v.signers)) * SIGNATURE_ROW_HEIGHT + HASH_BOX_HEIGHT;
}

/**
 * The signature blocks, then the content hash they apply to. The last row of signatures and the
 * hash box are one unbreakable group, so the hash box never ends up alone on a page of its own;
 * a last row of one block (the optional witness) takes the row before it along, so a page never
 * holds only the witness and the hash, apart from the signatures they witness.
 */
export function Signatures({ v }: { v: SlaView }) {
  const rows = rowsOfTwo(v.signers);
  const tail = rows.splice(rows.length - tailRows(rows));
  const hashBox = (
    <View style={styles.hashBox}>
      <Text style={styles.hashLabel}>{v.s.hashLabel.toUpperCase()}</Text>
      <Text style={styles.hashValue}>{v.contentHash}</Text>
      <Text style={styles.hashNote}>{v.s.hashExplanation}</Text>
    </View>
  );
  const row = (signers: SignerView[]) => (
    <View style={styles.signatureGrid}>
      {signers.map((signer) => (
        <SignatureBlock key={signer.id} signer={signer} v={v} />
      ))}
    </View>
  );
  // Siblings, not one wrapping view: react-pdf moves an unbreakable child of a nested view
  // to the next page without moving what is drawn, and the two rows overprint.
  return (
    <>
      {rows.map((r) => (
        <View key={r[0]!.id} style={styles.signatureGrid} wrap={false}>
          {r.map((signer) => (
            <SignatureBlock key={signer.id} signer={signer} v={v} />
          ))}
        </View>
      ))}
      <View wrap={false}>
        {tail.length > 0 ? (
          tail.map((r) => <Fragment key={r[0]!.id}>{row(r)}</Fragment>)
        ) : (
          <Text style={styles.paragraph}>{v.s.noSigners}</Text>
        )}
        {hashBox}
      </View>
    </>
  );
}
