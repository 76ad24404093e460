import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import forge from 'node-forge';
import { fromBinaryString, toBase64, toBinaryString } from '../../shared/seal/bytes';
import { certificateFingerprint } from '../../shared/seal/certificates';
import { attachRecord, sealPdf } from '../../shared/seal/seal';
import { recordFor } from '../../shared/seal/record';
import { cryptoKeySealer, type Sealer } from '../../shared/seal/sealer';
import { issueCertificate, plainPdf, sealedSample, testSealer } from '../../shared/seal/testSupport';
import { recordSealed } from '../../shared/seal/trail';
import { clauseStrings } from '../../shared/sla/clauseStrings';
import { TEST_PNG } from '../../shared/sla/testSupport';
import { freezeSla, signSla } from '../../shared/sla/versions';
import { serializeWorkshopFile } from '../../shared/workshop/file';
import { sampleWorkshop } from '../../shared/workshop/sample';
import type { Workshop } from '../../shared/workshop/schema';
import { openApp, type AppSession } from './harness';

let app: AppSession | null = null;
let dir: string | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

/** Screenshots to look at (test-results/ is not in git). */
const SHOTS = resolve('test-results', 'seal');
beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

const pdfsig = (file: string) => execFileSync('pdfsig', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const grouped = (fp: string) => fp.replace(/(.{4})(?=.)/g, '$1 ');

async function exportSla(page: Page, file: string): Promise<void> {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page
    .locator('button', { hasText: /Export SLA PDF|Exportar PDF do SLA|Exportar PDF del SLA|导出 SLA PDF/ })
    .first()
    .click();
  await (await download).saveAs(file);
}

/** The Verify dialog (found by its own-seal foot, in any language). */
const verifyDialog = (page: Page) => page.getByRole('dialog').filter({ has: page.getByTestId('verify-own-seal') });

/** Opens the Verify dialog from the top bar, picks `file`, waits for its verdict. */
async function verifyInApp(
  page: Page,
  file: string,
  verdict: 'trusted' | 'untrusted' | 'broken' | 'unsealed' | 'notPdf',
): Promise<Locator> {
  const dialog = verifyDialog(page);
  if (!(await dialog.isVisible())) await page.locator('.topbar-verify').click();
  const chooser = page.waitForEvent('filechooser');
  await dialog.locator('.modal-actions .btn-primary').click();
  await (await chooser).setFiles(file);
  await dialog.locator(`[data-testid="verify-verdict"][data-verdict="${verdict}"]`).waitFor();
  await dialog.locator('.verify-facts dd', { hasText: basename(file) }).waitFor();
  return dialog;
}

/**
 * Closes every open dialog. Escape, once per layer: a toast shown while a dialog is open is the
 * top layer and takes the first Escape.
 */
async function closeDialogs(page: Page): Promise<void> {
  for (let i = 0; i < 4 && (await page.getByRole('dialog').count()) > 0; i++) {
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
  }
  await page.getByRole('dialog').first().waitFor({ state: 'detached' });
}

/** The viewport, then the dialog scrolled to its end when it scrolls; or only `target`, scrolled into view. */
async function shootDialog(page: Page, name: string, target?: Locator): Promise<void> {
  if (target) {
    await target.scrollIntoViewIfNeeded();
    await page.waitForTimeout(250);
    await page.screenshot({ path: join(SHOTS, `${name}.png`) });
    return;
  }
  await page.evaluate(() => {
    const m = [...document.querySelectorAll<HTMLElement>('.modal')].at(-1);
    if (m) m.scrollTop = 0;
  });
  await page.waitForTimeout(250); // let the dialog's fonts and layout settle
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  const scrolled = await page.evaluate(() => {
    const modals = [...document.querySelectorAll<HTMLElement>('.modal')];
    const m = modals.at(-1);
    if (!m || m.scrollHeight <= m.clientHeight + 2) return false;
    m.scrollTop = m.scrollHeight;
    return true;
  });
  if (scrolled) {
    await page.screenshot({ path: join(SHOTS, `${name}-end.png`) });
    await page.evaluate(() => {
      const m = [...document.querySelectorAll<HTMLElement>('.modal')].at(-1);
      if (m) m.scrollTop = 0;
    });
  }
}

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now (as the a11y suite counts them). */
async function expectAxeClean(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen}: ${v.id} ×${v.nodes.length}: ${v.nodes
          .slice(0, 2)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  expect(serious).toEqual([]);
}

/** No horizontal overflow in the open dialog: nothing is cut off at its right edge. */
async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const m = [...document.querySelectorAll<HTMLElement>('.modal')].at(-1)!;
    const box = m.getBoundingClientRect();
    return [...m.querySelectorAll<HTMLElement>('*')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > box.right + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
      .slice(0, 5);
  });
  expect(overflow).toEqual([]);
}

/** The sample, frozen and signed, its trail sealed by `sealer`, under another id and client. */
async function signedWorkshop(sealer: Sealer, id: string, client: string): Promise<Workshop> {
  const at = new Date('2026-12-03T11:00:00Z');
  const w = sampleWorkshop(new Date('2026-12-03T09:00:00Z'));
  w.id = id;
  w.title = `${client} alignment workshop`;
  w.clientCompany = client;
  await recordSealed(w, sealer, at, (d) => void freezeSla(d, at));
  for (const [i, participantId] of ['p-maya', 'p-diego'].entries()) {
    const p = w.commitment.participants.find((x) => x.id === participantId)!;
    const when = new Date(at.getTime() + (i + 1) * 60_000);
    await recordSealed(w, sealer, when, (d) =>
      signSla(
        d,
        { participantId, typedName: p.name, title: p.role, image: TEST_PNG, consent: clauseStrings(d.language).consentLine },
        when,
      ),
    );
  }
  return w;
}

/** An SLA PDF of `w`, carrying its record, sealed by `sealer` (as another Accord would make it). */
async function sealedPdfOf(w: Workshop, sealer: Sealer): Promise<Uint8Array> {
  return sealPdf(await attachRecord(await plainPdf(), recordFor(w)), sealer);
}

/** A PKCS#12 file as IT hands it out: a key, its certificate (issued by `ca`) and the CA's. */
function organisationP12(ca: { certificateDer: Uint8Array; subject: string }, password: string): Buffer {
  const key = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = key.publicKey;
  cert.serialNumber = '02';
  cert.validity.notBefore = new Date('2026-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2030-01-01T00:00:00Z');
  cert.setSubject([
    { name: 'commonName', value: 'Contoso Facilitation Team' },
    { name: 'organizationName', value: 'Test Org' },
  ]);
  cert.setIssuer([
    { name: 'commonName', value: ca.subject },
    { name: 'organizationName', value: 'Test Org' },
  ]);
  cert.sign(key.privateKey, forge.md.sha256.create());
  const caCert = forge.pki.certificateFromAsn1(forge.asn1.fromDer(toBinaryString(ca.certificateDer)));
  return Buffer.from(
    fromBinaryString(
      forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(key.privateKey, [cert, caCert], password, { algorithm: 'aes256' })).getBytes(),
    ),
  );
}

const pem = (der: Uint8Array) => `-----BEGIN CERTIFICATE-----\n${toBase64(der).replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;

async function importWorkshop(page: Page, w: Workshop): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import workshop file' }).click();
  await (
    await chooser
  ).setFiles({ name: `${w.clientCompany}.accord`, mimeType: 'application/octet-stream', buffer: Buffer.from(serializeWorkshopFile(w)) });
  await page.getByRole('heading', { level: 1, name: 'Commit to work together' }).waitFor();
}

async function openSealSettings(page: Page, tab: string | RegExp = 'Seal and trust'): Promise<Locator> {
  await page.locator('.topbar-settings').click();
  const dialog = page.getByRole('dialog').filter({ has: page.getByRole('tab') });
  await dialog.getByRole('tab', { name: tab }).click();
  await dialog.getByTestId('seal-settings').waitFor();
  return dialog;
}

describe('the sealed SLA PDF', () => {
  it('exports sealed; the Verify dialog says trusted (this install), and broken for a tampered copy', async () => {
    app = await openApp();
    dir = mkdtempSync(join(tmpdir(), 'accord-seal-e2e-'));
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page.getByRole('button', { name: 'Export SLA PDF' }).waitFor();

    const original = join(dir, 'sla.pdf');
    await exportSla(page, original);
    const sig = pdfsig(original);
    expect(sig).toContain('Signature is Valid');
    expect(sig).toContain('Total document signed');
    expect(sig).toContain('ETSI.CAdES.detached');

    // One changed digit in the page size: a reader still opens it, the seal must not hold.
    const bytes = readFileSync(original);
    const at = bytes.indexOf('/MediaBox [ 0 0 5', 0, 'latin1') + '/MediaBox [ 0 0 5'.length - 1;
    expect(at).toBeGreaterThan(0);
    const copy = Buffer.from(bytes);
    copy[at] = '4'.charCodeAt(0);
    const tampered = join(dir, 'tampered.pdf');
    writeFileSync(tampered, copy);
    expect(pdfsig(tampered)).not.toContain('Signature is Valid');

    const dialog = await verifyInApp(page, original, 'trusted');
    const verdict = dialog.getByTestId('verify-verdict');
    await expect(verdict.textContent()).resolves.toContain('Intact and trusted here');
    expect(await verdict.getAttribute('class')).toContain('callout-ok');
    await expect(dialog.getByTestId('verify-intact').getAttribute('data-ok')).resolves.toBe('true');
    await expect(dialog.getByTestId('verify-trust').textContent()).resolves.toContain('Yes: this install');
    await expect(dialog.getByTestId('verify-match').textContent()).resolves.toMatch(/^Matches version 1 of Northwind Analytics/);
    const hash = (await dialog.getByTestId('verify-hash').textContent())!.trim();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(execFileSync('pdftotext', [original, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')).toContain(hash);
    await expect(dialog.getByTestId('verify-version').textContent()).resolves.toBe('1 (a draft, not frozen)');
    // Sealed by this install: the sealer's fingerprint is the one at the foot, grouped in fours.
    const own = (await dialog.getByTestId('verify-own-fingerprint').textContent())!.trim();
    expect(own).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    await expect(dialog.getByTestId('verify-sealer-fingerprint').textContent()).resolves.toBe(own);
    await expect(dialog.getByTestId('verify-sealer-subject').textContent()).resolves.toMatch(/^Accord seal [0-9a-f-]{36}$/);
    // Its record was made before the export itself was recorded: the trail it carries is empty.
    await dialog.getByText('The audit trail is empty.').waitFor();
    await expect(dialog.getByRole('button', { name: /Trust this sealer/ }).count()).resolves.toBe(0);
    await expectNoHorizontalOverflow(page);
    await shootDialog(page, 'en-verify-trusted');
    await expectAxeClean(page, 'verify dialog, trusted');

    await verifyInApp(page, tampered, 'broken');
    expect(await verdict.getAttribute('class')).toContain('callout-danger');
    await expect(dialog.getByTestId('verify-intact').textContent()).resolves.toContain(
      'the signed bytes were changed after sealing (digest mismatch)',
    );
    await expect(dialog.getByTestId('verify-intact').getAttribute('data-ok')).resolves.toBe('false');
    await expect(dialog.getByTestId('verify-match').count()).resolves.toBe(0);
    await dialog.getByTestId('verify-no-match').waitFor();
    // A seal that does not verify proves nothing about its sealer: no green "trusted" answer.
    await expect(dialog.getByTestId('verify-trust').textContent()).resolves.toContain('Not judged');
    await expect(dialog.getByTestId('verify-trust').getAttribute('data-ok')).resolves.toBeNull();
    await expectNoHorizontalOverflow(page);
    await shootDialog(page, 'en-verify-broken');
    await expectAxeClean(page, 'verify dialog, broken');

    // Bytes appended after sealing are counted, never shown.
    const appended = join(dir, 'appended.pdf');
    writeFileSync(appended, Buffer.concat([bytes, Buffer.from('\n% added later: a forged clause\n')]));
    await verifyInApp(page, appended, 'broken');
    const intact = (await dialog.getByTestId('verify-intact').textContent())!;
    expect(intact).toContain('32 bytes were added after sealing');
    expect(intact).not.toContain('forged clause');

    // A file that is not a PDF gets a clear verdict, not a crash.
    const notes = join(dir, 'notes.pdf');
    writeFileSync(notes, 'meeting notes, not a PDF');
    await verifyInApp(page, notes, 'notPdf');
    await expect(verdict.textContent()).resolves.toContain('Not a PDF');

    // Step 7: the export was recorded in the audit trail and sealed by this install.
    await closeDialogs(page);
    await page.getByRole('button', { name: /^Service level agreement/ }).click();
    const audit = page.getByTestId('audit-verdict');
    await audit.filter({ hasText: 'Chain verified: 1 event, every link intact and sealed' }).waitFor();
    await expect(page.getByTestId('audit-parts').textContent()).resolves.toMatch(
      /Event 1 recorded and sealed by Accord seal [0-9a-f-]{36} \(this install\)/,
    );
    await page.getByRole('heading', { name: 'Audit trail' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'en-audit-this-install.png') });
    expect(app.problems).toEqual([]);
  });

  it('a PDF sealed by another key is intact but not trusted, never a green match, until its sealer is trusted', async () => {
    dir = mkdtempSync(join(tmpdir(), 'accord-seal-e2e-'));
    const other = await testSealer('other-install');
    const otherFingerprint = await certificateFingerprint(other.certificates[0]!);
    const otherPdf = join(dir, 'from-another-install.pdf');
    const sample = await sealedSample(other);
    const events = sample.sla.audit.length;
    writeFileSync(otherPdf, await sealedPdfOf(sample, other));

    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    await page.getByRole('button', { name: 'Export SLA PDF' }).waitFor();
    const dialog = await verifyInApp(page, otherPdf, 'untrusted');
    const verdict = dialog.getByTestId('verify-verdict');
    await expect(verdict.textContent()).resolves.toContain('Intact, but not trusted here');
    expect(await verdict.getAttribute('class')).toContain('callout-warn');
    await expect(dialog.getByTestId('verify-reasons').textContent()).resolves.toContain(
      'the PDF was sealed by a certificate that is not trusted here',
    );
    await expect(dialog.getByTestId('verify-reasons').textContent()).resolves.toContain(
      `audit events 1–${events} were sealed by Accord seal other-install, a certificate that is not trusted here`,
    );
    await expect(dialog.getByTestId('verify-intact').getAttribute('data-ok')).resolves.toBe('true');
    await expect(dialog.getByTestId('verify-trust').textContent()).resolves.toContain(
      'No: this sealer is not in this computer’s trusted sealers',
    );
    await expect(dialog.getByTestId('verify-sealer-fingerprint').textContent()).resolves.toBe(grouped(otherFingerprint));
    // Whatever the record claims, no match is shown for a sealer nobody vouched for.
    await expect(dialog.getByTestId('verify-match').count()).resolves.toBe(0);
    await expect(dialog.getByTestId('verify-no-match').textContent()).resolves.toContain('a match cannot be relied on');
    await expect(dialog.locator('.callout-ok').count()).resolves.toBe(0);
    await expectNoHorizontalOverflow(page);
    await shootDialog(page, 'en-verify-untrusted');
    await expectAxeClean(page, 'verify dialog, untrusted');

    // Trust this sealer: the confirmation shows the fingerprint to compare.
    await dialog.getByRole('button', { name: 'Trust this sealer…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Trust this sealer?' });
    await expect(confirm.getByTestId('trust-sealer-confirm').textContent()).resolves.toContain(grouped(otherFingerprint));
    await shootDialog(page, 'en-verify-trust-confirm');
    await expectAxeClean(page, 'trust this sealer');
    await confirm.getByRole('button', { name: 'The fingerprints match: trust this sealer' }).click();
    await confirm.waitFor({ state: 'detached' });
    await dialog.locator('[data-testid="verify-verdict"][data-verdict="trusted"]').waitFor();
    // The button that had the focus is gone: the new verdict has it.
    await expect(dialog.getByTestId('verify-verdict').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(dialog.getByTestId('verify-trust').textContent()).resolves.toContain(
      'Yes: a trusted sealer (“Accord seal other-install”)',
    );
    await dialog.getByTestId('verify-match').waitFor();
    await expect(dialog.getByTestId('verify-trail').textContent()).resolves.toContain(
      'sealed by Accord seal other-install (a trusted sealer)',
    );
    await closeDialogs(page);

    // Settings lists it; removing it makes the same file untrusted again, and Undo trusts it again.
    const settings = await openSealSettings(page);
    const row = settings.getByTestId('trusted-sealers').getByRole('row', { name: /Accord seal other-install/ });
    await expect(row.textContent()).resolves.toContain(grouped(otherFingerprint).slice(0, 19));
    await row.getByRole('button', { name: 'Remove “Accord seal other-install”' }).click();
    await settings.getByTestId('trusted-empty').waitFor();
    await settings.getByTestId('trusted-removed').getByRole('button', { name: 'Undo' }).click();
    await row.waitFor();
    await closeDialogs(page);
    await verifyInApp(page, otherPdf, 'trusted');
    expect(app.problems).toEqual([]);
  });

  it('keeps the install key: a second export after a reload carries the same certificate', async () => {
    app = await openApp();
    dir = mkdtempSync(join(tmpdir(), 'accord-seal-e2e-'));
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    const first = join(dir, 'first.pdf');
    await exportSla(page, first);
    await page.reload();
    await page.getByRole('button', { name: 'Export SLA PDF' }).waitFor();
    const second = join(dir, 'second.pdf');
    await exportSla(page, second);
    const signer = (file: string) => /Signer full Distinguished Name: (.*)/.exec(pdfsig(file))?.[1];
    expect(signer(first)).toMatch(/CN=Accord seal [0-9a-f-]{36}/);
    expect(signer(second)).toBe(signer(first));
    expect(app.problems).toEqual([]);
  });

  it('trusts an organisation CA from Settings: a PDF sealed with a certificate it issued is trusted', async () => {
    dir = mkdtempSync(join(tmpdir(), 'accord-seal-e2e-'));
    const ca = await issueCertificate({ subject: 'Contoso Root CA', ca: true });
    const leaf = await issueCertificate({ subject: 'Contoso Revenue Operations', issuer: ca });
    const sealer = cryptoKeySealer(leaf.privateKey, [leaf.certificateDer, ca.certificateDer]);
    const pdf = join(dir, 'contoso.pdf');
    writeFileSync(pdf, await sealedPdfOf(await signedWorkshop(sealer, 'contoso-e2e', 'Contoso'), sealer));
    const caFile = join(dir, 'contoso-ca.pem');
    writeFileSync(caFile, pem(ca.certificateDer));

    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).waitFor();
    const dialog = await verifyInApp(page, pdf, 'untrusted');
    await expect(dialog.getByTestId('verify-sealer').textContent()).resolves.toContain('Issued by CN=Contoso Root CA, O=Test Org');
    await closeDialogs(page);

    const settings = await openSealSettings(page);
    await settings.getByRole('radio', { name: 'An organisation CA certificate' }).check();
    // A file without a certificate is refused with its name and what is allowed.
    const notCert = join(dir, 'notes.pem');
    writeFileSync(notCert, 'not a certificate');
    let chooser = page.waitForEvent('filechooser');
    await settings.getByRole('button', { name: 'Choose a certificate…' }).click();
    await (await chooser).setFiles(notCert);
    await settings
      .getByRole('alert')
      .filter({ hasText: '“notes.pem” holds no certificate: choose a PEM or DER certificate file' })
      .waitFor();
    chooser = page.waitForEvent('filechooser');
    await settings.getByRole('button', { name: 'Choose a certificate…' }).click();
    await (await chooser).setFiles(caFile);
    await settings.getByRole('button', { name: 'Trust this CA: Contoso Root CA' }).click();
    const row = settings.getByTestId('trusted-sealers').getByRole('row', { name: /Contoso Root CA/ });
    await expect(row.textContent()).resolves.toContain('Organisation CA');
    await closeDialogs(page);

    await verifyInApp(page, pdf, 'trusted');
    await expect(dialog.getByTestId('verify-trust').textContent()).resolves.toContain('Yes: a certificate from a trusted organisation CA');
    expect(app.problems).toEqual([]);
  });
});

describe('Settings → Seal and trust', () => {
  it('shows this install’s fingerprint; a pasted fingerprint is checked, added, removed and brought back with Undo', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).waitFor();
    const settings = await openSealSettings(page);
    const own = (await settings.getByTestId('settings-install-fingerprint').textContent())!.trim();
    expect(own).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    await expect(settings.getByTestId('seal-protection').getAttribute('data-protection')).resolves.toBe('browserProfile');
    // Copy puts the bare hex on the clipboard, ready for `accord verify --trust`.
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.url });
    await settings.getByRole('button', { name: 'Copy the fingerprint' }).click();
    await page.locator('.toast', { hasText: 'Fingerprint copied.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(own.replace(/ /g, ''));
    await settings.getByTestId('trusted-empty').waitFor();

    // Errors name the field and say what is allowed.
    const field = settings.getByLabel('Fingerprint (SHA-256)');
    await field.fill('ab12 cd34');
    await settings.getByRole('button', { name: 'Trust this fingerprint' }).click();
    await settings
      .getByRole('alert')
      .filter({
        hasText: 'Fingerprint (SHA-256): enter 64 hexadecimal digits (0–9, a–f); spaces and colons are ignored. This has 8 digits.',
      })
      .waitFor();
    await settings.getByRole('alert').filter({ hasText: 'Name: enter a name to know this sealer by' }).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await field.fill('zz'.repeat(32));
    await settings.getByRole('button', { name: 'Trust this fingerprint' }).click();
    await settings.getByRole('alert').filter({ hasText: '“z” is not one' }).waitFor();
    // This install's own fingerprint needs no entry.
    await field.fill(own);
    await settings.getByLabel('Name', { exact: true }).fill('Myself');
    await settings.getByRole('button', { name: 'Trust this fingerprint' }).click();
    await settings.getByRole('alert').filter({ hasText: 'This is this install’s own certificate' }).waitFor();

    // As people read them out: upper case, colons between bytes.
    const theirs = 'A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90';
    await field.fill(theirs.match(/../g)!.join(':'));
    await settings.getByLabel('Name', { exact: true }).fill('Maya Chen, Northwind Analytics');
    await settings.getByRole('button', { name: 'Trust this fingerprint' }).click();
    const row = settings.getByTestId('trusted-sealers').getByRole('row', { name: /Maya Chen, Northwind Analytics/ });
    await expect(row.textContent()).resolves.toContain('a1b2 c3d4 e5f6 0718…');
    await expect(row.textContent()).resolves.toContain('Sealer');
    await expect(field.inputValue()).resolves.toBe('');
    await expectNoHorizontalOverflow(page);
    await shootDialog(page, 'en-settings-seal');
    await expectAxeClean(page, 'settings, seal and trust');

    await row.getByRole('button', { name: 'Remove “Maya Chen, Northwind Analytics”' }).click();
    await row.waitFor({ state: 'detached' });
    await page.locator('.toast', { hasText: '“Maya Chen, Northwind Analytics” is no longer trusted on this computer.' }).waitFor();
    // Undo, in the dialog (a toast behind a dialog is out of the keyboard's reach), with the focus on it.
    const undo = settings.getByTestId('trusted-removed').getByRole('button', { name: 'Undo' });
    await expect(undo.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await shootDialog(page, 'en-settings-removed', settings.getByTestId('trusted-removed'));
    await page.keyboard.press('Enter');
    await row.waitFor();
    await settings.getByTestId('trusted-removed').waitFor({ state: 'detached' });
    // Kept across a reload: the list is stored.
    await page.reload();
    const again = await openSealSettings(page);
    await again
      .getByTestId('trusted-sealers')
      .getByRole('row', { name: /Maya Chen, Northwind Analytics/ })
      .waitFor();
    await expect(again.getByTestId('settings-install-fingerprint').textContent()).resolves.toBe(own);
    expect(app.problems).toEqual([]);
  });

  it('uses an organisation certificate from a .p12: problems are named at their field; Remove asks first', async () => {
    const ca = await issueCertificate({ subject: 'Contoso Root CA', ca: true });
    const p12 = organisationP12(ca, 'correct horse');
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).waitFor();
    const settings = await openSealSettings(page);
    const org = settings.getByTestId('seal-organisation');
    await org.getByRole('button', { name: 'Use an organisation certificate…' }).click();
    await org.getByRole('button', { name: 'Use this certificate' }).click();
    await org.getByRole('alert').filter({ hasText: 'Certificate file: choose a .p12 or .pfx file.' }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await org.getByRole('button', { name: 'Certificate file (.p12 or .pfx) Choose a file…' }).click();
    await (await chooser).setFiles({ name: 'contoso.p12', mimeType: 'application/x-pkcs12', buffer: p12 });
    await org.getByText('contoso.p12').waitFor();
    await org.getByLabel('Password').fill('Correct horse');
    await org.getByRole('button', { name: 'Use this certificate' }).click();
    await org.getByRole('alert').filter({ hasText: 'Password: it does not open this file.' }).waitFor();
    expect(await org.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');
    await shootDialog(page, 'en-settings-organisation-form', org.getByTestId('organisation-form'));
    await org.getByLabel('Password').fill('correct horse');
    await org.getByRole('button', { name: 'Use this certificate' }).click();
    await org.getByText('Contoso Facilitation Team').waitFor();
    await expect(org.textContent()).resolves.toContain('CN=Contoso Root CA, O=Test Org');
    await settings.getByText('New PDFs and audit events are sealed with the organisation certificate below.').waitFor();
    await expectAxeClean(page, 'settings, organisation certificate');

    // Removing cannot be undone (the key is forgotten): it asks first.
    await org.getByRole('button', { name: 'Remove…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove the organisation certificate?' });
    await shootDialog(page, 'en-settings-organisation-remove');
    await confirm.getByRole('button', { name: 'Remove the certificate' }).click();
    await org.getByText('None: this install seals with its own key.').waitFor();
    expect(app.problems).toEqual([]);
  });

  it('adds the sealers of a workshop file that the user ticks', async () => {
    const other = await testSealer('laptop-b');
    const w = await signedWorkshop(other, 'fabrikam-e2e', 'Fabrikam');
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).waitFor();
    const settings = await openSealSettings(page);
    await settings.getByRole('radio', { name: 'From a workshop file' }).check();
    const chooser = page.waitForEvent('filechooser');
    await settings.getByRole('button', { name: 'Choose a workshop file…' }).click();
    await (
      await chooser
    ).setFiles({ name: 'fabrikam.accord', mimeType: 'application/octet-stream', buffer: Buffer.from(serializeWorkshopFile(w)) });
    await settings.getByRole('group', { name: 'Sealers of “fabrikam.accord”' }).waitFor();
    await settings.getByRole('button', { name: 'Trust 0 ticked sealers' }).click();
    await settings.getByRole('alert').filter({ hasText: 'Sealers: tick at least one sealer to trust.' }).waitFor();
    await settings.getByRole('checkbox', { name: /Accord seal laptop-b/ }).check();
    await settings.getByRole('button', { name: 'Trust 1 ticked sealer' }).click();
    await settings
      .getByTestId('trusted-sealers')
      .getByRole('row', { name: /Accord seal laptop-b/ })
      .waitFor();
    await expect(settings.getByRole('checkbox', { name: /Accord seal laptop-b/ }).isDisabled()).resolves.toBe(true);
    expect(app.problems).toEqual([]);
  });
});

describe('step 7: the audit trail panel', () => {
  it('names who sealed each stretch, offers to trust an unknown sealer, and shows a break as blocking', async () => {
    const other = await testSealer('laptop-b');
    const imported = await signedWorkshop(other, 'fabrikam-e2e', 'Fabrikam');
    const n = imported.sla.audit.length;
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).waitFor();
    await importWorkshop(page, imported);
    await page.getByRole('button', { name: /^Service level agreement/ }).click();
    const verdict = page.getByTestId('audit-verdict');
    await verdict.filter({ hasText: `Chain verified: ${n} events, every link intact and sealed` }).waitFor();
    const parts = page.getByTestId('audit-parts');
    await expect(parts.textContent()).resolves.toContain(`Events 1–${n} recorded and sealed by Accord seal laptop-b (not trusted here)`);
    await page.getByRole('heading', { name: 'Audit trail' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'en-audit-unknown-sealer.png') });
    await expectAxeClean(page, 'audit panel, unknown sealer');
    await parts.getByRole('button', { name: 'Trust this sealer…' }).click();
    await page.getByRole('button', { name: 'The fingerprints match: trust this sealer' }).click();
    await parts.filter({ hasText: `Events 1–${n} recorded and sealed by Accord seal laptop-b (a trusted sealer)` }).waitFor();
    await expect(parts.getByRole('button').count()).resolves.toBe(0);
    await expect(parts.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // A trail changed after it was sealed: the break is said, and that it blocks export and signing.
    const broken = await signedWorkshop(other, 'broken-e2e', 'Tailspin');
    broken.sla.audit[1]!.actor = 'Someone else';
    await page.getByRole('button', { name: 'Accord — all workshops' }).click();
    await importWorkshop(page, broken);
    await page.getByRole('button', { name: /^Service level agreement/ }).click();
    const alert = page.getByTestId('audit-break');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    await expect(alert.textContent()).resolves.toContain('event 2 (frozen) was changed after it was recorded');
    await expect(alert.textContent()).resolves.toContain('The SLA cannot be exported or signed until this is resolved.');
    await expect(verdict.textContent()).resolves.toContain('Audit trail broken');
    await page.getByRole('heading', { name: 'Audit trail' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'en-audit-broken.png') });
    await expectAxeClean(page, 'audit panel, broken');
    // Exporting it is refused with the break named, and no file is made.
    let downloaded = false;
    page.on('download', () => void (downloaded = true));
    await page.getByRole('button', { name: 'Export SLA PDF' }).click();
    await page
      .getByText(/The SLA PDF was not exported: its audit trail is broken \(event 2 \(frozen\) was changed after it was recorded\)/)
      .first()
      .waitFor();
    expect(downloaded).toBe(false);
    expect(app.problems).toEqual([]);
  });
});

describe('in Chinese', () => {
  it('words the Verify dialog and Settings in zh-CN (screenshots)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'accord-seal-e2e-'));
    const other = await testSealer('laptop-b');
    const otherPdf = join(dir, 'other-zh.pdf');
    writeFileSync(otherPdf, await sealedPdfOf(await sealedSample(other), other));
    app = await openApp({ locale: 'zh-CN' });
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    const dialog = await verifyInApp(page, otherPdf, 'untrusted');
    await expect(dialog.getByTestId('verify-verdict').textContent()).resolves.toContain('完好，但在本机不受信任');
    await expectNoHorizontalOverflow(page);
    await shootDialog(page, 'zh-verify-untrusted');
    await dialog.getByRole('button', { name: '信任此盖章方…' }).click();
    await page.getByRole('button', { name: '指纹一致：信任此盖章方' }).click();
    await dialog.locator('[data-testid="verify-verdict"][data-verdict="trusted"]').waitFor();
    await shootDialog(page, 'zh-verify-trusted');
    await closeDialogs(page);
    const settings = await openSealSettings(page, '印章与信任');
    await settings
      .getByTestId('trusted-sealers')
      .getByRole('row', { name: /Accord seal laptop-b/ })
      .waitFor();
    await expectNoHorizontalOverflow(page);
    await shootDialog(page, 'zh-settings-seal');
    expect(app.problems).toEqual([]);
  });
});

describe('in Portuguese (Brazil)', () => {
  it('words the Verify dialog, Settings and the audit panel in pt-BR (screenshots)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'accord-seal-e2e-'));
    const other = await testSealer('outra-instalacao');
    const otherPdf = join(dir, 'de-outra-instalacao.pdf');
    writeFileSync(otherPdf, await sealedPdfOf(await sealedSample(other), other));
    app = await openApp({ locale: 'pt-BR' });
    const { page } = app;
    await page.getByRole('button', { name: 'Northwind Analytics', exact: true }).click();
    const original = join(dir, 'sla-pt.pdf');
    await exportSla(page, original);
    const tampered = join(dir, 'sla-pt-alterado.pdf');
    const bytes = readFileSync(original);
    const at = bytes.indexOf('/MediaBox [ 0 0 5', 0, 'latin1') + '/MediaBox [ 0 0 5'.length - 1;
    const copy = Buffer.from(bytes);
    copy[at] = '4'.charCodeAt(0);
    writeFileSync(tampered, copy);

    const dialog = await verifyInApp(page, original, 'trusted');
    await expect(dialog.getByTestId('verify-verdict').textContent()).resolves.toContain('Íntegro e confiável aqui');
    await expect(dialog.getByTestId('verify-trust').textContent()).resolves.toContain('Sim: esta instalação');
    await expectNoHorizontalOverflow(page);
    await shootDialog(page, 'pt-verify-trusted');
    await verifyInApp(page, otherPdf, 'untrusted');
    await expect(dialog.getByTestId('verify-verdict').textContent()).resolves.toContain('Íntegro, mas não confiável aqui');
    await dialog.getByRole('button', { name: 'Confiar neste selador…' }).waitFor();
    await expectNoHorizontalOverflow(page);
    await shootDialog(page, 'pt-verify-untrusted');
    await verifyInApp(page, tampered, 'broken');
    await expect(dialog.getByTestId('verify-intact').textContent()).resolves.toContain(
      'os bytes assinados foram alterados depois da selagem',
    );
    await expectNoHorizontalOverflow(page);
    await shootDialog(page, 'pt-verify-broken');
    await closeDialogs(page);

    const settings = await openSealSettings(page, 'Selo e confiança');
    await settings.getByLabel('Impressão digital (SHA-256)').fill('12');
    await settings.getByRole('button', { name: 'Confiar nesta impressão digital' }).click();
    await settings.getByRole('alert').filter({ hasText: 'Impressão digital (SHA-256): digite 64 dígitos hexadecimais' }).waitFor();
    await expectNoHorizontalOverflow(page);
    await shootDialog(page, 'pt-settings-seal');
    await expectAxeClean(page, 'settings, seal and trust (pt-BR)');
    await closeDialogs(page);

    await page
      .locator('.rail')
      .getByRole('button', { name: /^Acordo de nível de serviço/ })
      .click();
    await page.getByTestId('audit-verdict').filter({ hasText: 'Cadeia verificada: 1 evento' }).waitFor();
    await page.getByTestId('audit-parts').filter({ hasText: '(esta instalação)' }).waitFor();
    await page.getByTestId('audit-verdict').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'pt-audit.png') });
    expect(app.problems).toEqual([]);
  });
});
